package org.memolens.domain;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One analysis of one memo. It names every model and resource version it used, so that a
 * published number can be reproduced; re-analysing creates a new run and keeps the old ones.
 *
 * @param id         database id, or 0 before it is stored
 * @param components component name to version, e.g. {@code "pos" -> "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"}
 */
public record AnalysisRun(long id, long memoId, Instant createdAt, Language language, Map<String, String> components) {

    public AnalysisRun {
        components = Map.copyOf(components);
    }

    /** Components in name order, for display and for comparing runs. */
    public Map<String, String> sortedComponents() {
        return new TreeMap<>(components);
    }

    public AnalysisRun withId(long newId) {
        return new AnalysisRun(newId, memoId, createdAt, language, components);
    }
}
