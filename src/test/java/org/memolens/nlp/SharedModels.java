package org.memolens.nlp;

/** One set of loaded models for the whole test JVM: loading them per test would dominate the run. */
public final class SharedModels {

    private static final NlpModels MODELS = new NlpModels();
    private static final LinguisticPipeline PIPELINE = new LinguisticPipeline(MODELS);
    private static final MemoAnalyzer ANALYZER = new MemoAnalyzer(PIPELINE, ShippedLayers.create(MODELS), java.time.Clock.systemUTC());

    private SharedModels() {
    }

    public static LinguisticPipeline pipeline() {
        return PIPELINE;
    }

    public static MemoAnalyzer analyzer() {
        return ANALYZER;
    }
}
