package org.memolens.domain;

import java.util.List;

/**
 * One frame of the codebook found in a sentence.
 *
 * @param code     the codebook code, e.g. "EFFICIENCY"
 * @param score    in [0, 1]: the detector's strength of belief
 * @param evidence the spans that show the frame; never empty
 * @param source   the detector that fired
 */
public record FrameHit(String code, double score, List<Evidence> evidence, DetectorSource source) {

    public FrameHit {
        evidence = List.copyOf(evidence);
    }
}
