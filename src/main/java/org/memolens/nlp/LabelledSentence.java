package org.memolens.nlp;

import java.util.Set;

/** A sentence's text and the codes a coder gave it: one training example for a frame model. */
public record LabelledSentence(String text, Set<String> codes) {

    public LabelledSentence {
        codes = Set.copyOf(codes);
    }
}
