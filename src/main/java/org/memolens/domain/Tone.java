package org.memolens.domain;

import java.util.List;

/**
 * The tone of one sentence with the words that drove it.
 *
 * @param score      in [-1, 1]; below zero leans negative
 * @param confidence in [0, 1]: how sure the analyser is of {@code label}
 * @param evidence   the tokens or phrases that pushed the score, each with its signed contribution
 */
public record Tone(ToneLabel label, double score, double confidence, List<Evidence> evidence) {

    public Tone {
        evidence = List.copyOf(evidence);
        if (score < -1 || score > 1 || confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("score must be in [-1, 1] and confidence in [0, 1]");
        }
    }
}
