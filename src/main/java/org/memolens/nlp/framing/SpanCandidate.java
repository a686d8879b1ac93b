package org.memolens.nlp.framing;

import java.util.List;

/**
 * A stretch of a sentence that may be a device, with what the device's rules say about it and the
 * features a device span model scores it by. Units {@code from..to} inclusive.
 *
 * @param gloss    the plain-language gloss the device would carry
 * @param rule     whether the transparent rules alone report it
 * @param features feature strings for the span model ("k=passive", "v=eliminate", ...)
 */
record SpanCandidate(int from, int to, String gloss, boolean rule, List<String> features) {

    SpanCandidate {
        features = List.copyOf(features);
    }

    boolean overlaps(SpanCandidate o) {
        return from <= o.to && o.from <= to;
    }

    int length() {
        return to - from;
    }
}
