package org.memolens.domain;

import java.util.List;

/** The workforce impact of one sentence, with the words that show it. */
public record Impact(ImpactLabel label, List<Evidence> evidence) {

    public Impact {
        evidence = List.copyOf(evidence);
    }
}
