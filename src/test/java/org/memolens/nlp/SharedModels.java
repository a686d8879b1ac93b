package org.memolens.nlp;

/** One set of loaded models for the whole test JVM: loading them per test would dominate the run. */
public final class SharedModels {

    private static final LinguisticPipeline PIPELINE = new LinguisticPipeline(new NlpModels());
    private static final MemoAnalyzer ANALYZER = new MemoAnalyzer(PIPELINE, java.time.Clock.systemUTC());

    private SharedModels() {
    }

    public static LinguisticPipeline pipeline() {
        return PIPELINE;
    }

    public static MemoAnalyzer analyzer() {
        return ANALYZER;
    }
}
