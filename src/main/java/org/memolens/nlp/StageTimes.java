package org.memolens.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in each stage of the analysis (language, sentences, tokens, pos, lemmas, then one
 * entry per layer), summed over all threads, for {@code memolens bench}. {@link #OFF} costs nothing.
 *
 * <p>Thread-safe.
 */
public final class StageTimes {

    /** Records nothing and never reads the clock. */
    public static final StageTimes OFF = new StageTimes(false);

    private final boolean on;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    private StageTimes(boolean on) {
        this.on = on;
    }

    public static StageTimes recording() {
        return new StageTimes(true);
    }

    /** The clock reading to pass to {@link #since}, or 0 when off. */
    long start() {
        return on ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code start} to {@code stage}; returns the clock reading for the next stage. */
    long since(String stage, long start) {
        if (!on) {
            return 0;
        }
        long now = System.nanoTime();
        nanos.computeIfAbsent(stage, s -> {
            order.putIfAbsent(s, order.size());
            return new LongAdder();
        }).add(now - start);
        return now;
    }

    /** Nanoseconds per stage, in the order stages first ran. */
    public Map<String, Long> nanos() {
        Map<String, Long> result = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> result.put(e.getKey(), nanos.get(e.getKey()).sum()));
        return result;
    }
}
