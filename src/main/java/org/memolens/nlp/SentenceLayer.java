package org.memolens.nlp;

import java.util.List;
import java.util.Map;

import org.memolens.domain.SentenceAnalysis;

/**
 * One analysis layer on top of the linguistic base (tone, impact, frames, devices, ...). The
 * {@link MemoAnalyzer} runs its layers in order; each returns the sentences with its own part
 * filled in through {@code SentenceAnalysis.withX}.
 *
 * <p>Implementations must be thread-safe (one instance serves every thread) and deterministic.
 */
public interface SentenceLayer {

    /** Name to version of every model or resource this layer uses, for the analysis run record. */
    Map<String, String> components();

    /**
     * Starts reading this layer's models in the background ({@link ModelLoading}) and returns at
     * once, so they load while the linguistic base runs; {@link #apply} waits for them if needed.
     */
    default void preload() {
    }

    /** Adds this layer's results to the sentences of one memo; offsets are into {@code memoText}. */
    List<SentenceAnalysis> apply(String memoText, List<SentenceAnalysis> sentences);
}
