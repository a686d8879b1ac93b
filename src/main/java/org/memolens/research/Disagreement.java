package org.memolens.research;

import java.util.Map;
import java.util.Set;

/**
 * A sentence on which raters differ: each rater's codes (among the chosen ones) side by side.
 * Raters who did not code the memo are absent from the map.
 */
public record Disagreement(SentenceUnit unit, Map<String, Set<String>> codesByRater) {

    public Disagreement {
        codesByRater = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codesByRater));
    }
}
