package org.memolens.nlp;

import java.time.Clock;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;

/**
 * Analyses one memo end to end and records, in the {@link AnalysisRun}, which models did it.
 * Text in a language other than English is identified and flagged: the run is recorded with the
 * language found and no sentences, instead of English models being applied to it.
 *
 * <p>Thread-safe; one instance serves every thread.
 */
public final class MemoAnalyzer {

    /** Version of MemoLens's own analysis code; bump when a rule change alters results. */
    public static final String PIPELINE_VERSION = "memolens-pipeline-1";

    private final LinguisticPipeline pipeline;
    private final Clock clock;

    public MemoAnalyzer(LinguisticPipeline pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    public static MemoAnalyzer withShippedModels() {
        return new MemoAnalyzer(new LinguisticPipeline(new NlpModels().preload()), Clock.systemUTC());
    }

    public MemoAnalysis analyze(Memo memo) {
        Language language = pipeline.identifyLanguage(memo.text());
        List<SentenceAnalysis> sentences = language.analysable() ? pipeline.analyze(memo.text()) : List.of();
        AnalysisRun run = new AnalysisRun(0, memo.id(), clock.instant(), language, components());
        return new MemoAnalysis(run, sentences);
    }

    /** Every component whose version can change a result, by name. */
    public Map<String, String> components() {
        Map<String, String> components = new LinkedHashMap<>(NlpModels.versions());
        components.put("pipeline", PIPELINE_VERSION);
        return components;
    }

    public LinguisticPipeline pipeline() {
        return pipeline;
    }
}
