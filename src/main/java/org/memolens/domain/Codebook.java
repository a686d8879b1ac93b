package org.memolens.domain;

import java.util.List;
import java.util.Optional;

/**
 * A versioned set of codes. The shipped frame codebook is an asset (assets/codebook/); researchers
 * may edit their own copy and version it.
 *
 * @param id      e.g. "memolens-frames"
 * @param version increases with every published change
 */
public record Codebook(String id, int version, List<Code> codes) {

    public Codebook {
        codes = List.copyOf(codes);
    }

    public Optional<Code> find(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
