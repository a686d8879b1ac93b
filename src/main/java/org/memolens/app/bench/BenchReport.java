package org.memolens.app.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one benchmark, by name, in a stable order: the keys documented in the README
 * first ({@code model_load_ms}, {@code sentences_per_s_1_thread}, {@code sentences_per_s_all_threads},
 * {@code memo_1000_words_ms}, {@code db_sentences_per_s}, {@code peak_heap_mb}), then breakdowns.
 * Values are numbers, strings, lists or nested maps.
 */
public record BenchReport(Map<String, Object> values) {

    public BenchReport {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
