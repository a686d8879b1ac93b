package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.List;

/** Distinct feature strings of one span candidate, in the order they were added; "bias" first. */
final class SpanFeatureSet {

    private final List<String> features = new ArrayList<>(32);

    SpanFeatureSet() {
        features.add("bias");
    }

    SpanFeatureSet add(String feature) {
        if (!features.contains(feature)) {
            features.add(feature);
        }
        return this;
    }

    SpanFeatureSet addIf(boolean condition, String feature) {
        return condition ? add(feature) : this;
    }

    List<String> list() {
        return features;
    }
}
