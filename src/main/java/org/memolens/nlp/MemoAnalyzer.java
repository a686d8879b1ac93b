package org.memolens.nlp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.ModelChoice;
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
    private final List<SentenceLayer> layers;
    private final Clock clock;
    // user models by SHA-256: a file's content, not its name, identifies a model
    private final Map<String, UserFrameModel> userModels = new ConcurrentHashMap<>();

    public MemoAnalyzer(LinguisticPipeline pipeline, List<SentenceLayer> layers, Clock clock) {
        this.pipeline = pipeline;
        this.layers = List.copyOf(layers);
        this.clock = clock;
    }

    /** The analyzer with every shipped model and layer; models load in the background from now on. */
    public static MemoAnalyzer withShippedModels() {
        return withShippedModels(true);
    }

    /**
     * The analyzer with every shipped model and layer.
     *
     * @param preload start reading the models in the background now; without it each model is read
     *                on the first analysis that needs it (for commands that rarely or never analyse)
     */
    public static MemoAnalyzer withShippedModels(boolean preload) {
        NlpModels models = new NlpModels();
        if (preload) {
            models.preload(); // before the layers are built: building one reads the codebook
        }
        List<SentenceLayer> layers = ShippedLayers.create(models);
        if (preload) {
            layers.forEach(SentenceLayer::preload);
        }
        return new MemoAnalyzer(new LinguisticPipeline(models), layers, Clock.systemUTC());
    }

    /** Analyses with the shipped models. */
    public MemoAnalysis analyze(Memo memo) {
        return analyze(memo, ModelChoice.SHIPPED, StageTimes.OFF);
    }

    /** As {@link #analyze(Memo)}, adding the time of each stage and layer to {@code times}. */
    public MemoAnalysis analyze(Memo memo, StageTimes times) {
        return analyze(memo, ModelChoice.SHIPPED, times);
    }

    /**
     * Analyses with the frame model {@code choice} names. A user model's file is read (and its
     * SHA-256 checked against the registered one) once, then shared.
     */
    public MemoAnalysis analyze(Memo memo, ModelChoice choice) {
        return analyze(memo, choice, StageTimes.OFF);
    }

    private MemoAnalysis analyze(Memo memo, ModelChoice choice, StageTimes times) {
        List<SentenceLayer> chosen = layers(choice);
        long started = times.start();
        Language language = pipeline.identifyLanguage(memo.text());
        times.since("language", started);
        List<SentenceAnalysis> sentences = List.of();
        if (language.analysable()) {
            sentences = pipeline.analyze(memo.text(), times);
            for (SentenceLayer layer : chosen) {
                started = times.start();
                sentences = layer.apply(memo.text(), sentences);
                times.since(stageName(layer), started);
            }
        }
        AnalysisRun run = new AnalysisRun(0, memo.id(), clock.instant(), language, components(chosen, choice));
        return new MemoAnalysis(run, sentences);
    }

    /** A layer's name in stage timings: its component names, or its class when it names none. */
    static String stageName(SentenceLayer layer) {
        return layer.components().isEmpty() ? layer.getClass().getSimpleName()
                : String.join("+", new java.util.TreeSet<>(layer.components().keySet()));
    }

    /** The layers' stage names, in the order they run. */
    public List<String> layerNames() {
        return layers.stream().map(MemoAnalyzer::stageName).toList();
    }

    /** Every component whose version can change a result, by name, with the shipped frame model. */
    public Map<String, String> components() {
        return components(ModelChoice.SHIPPED);
    }

    /** Every component whose version can change a result when {@code choice} analyses. */
    public Map<String, String> components(ModelChoice choice) {
        return components(layers(choice), choice);
    }

    private Map<String, String> components(List<SentenceLayer> chosen, ModelChoice choice) {
        Map<String, String> components = new LinkedHashMap<>(NlpModels.versions());
        components.put("pipeline", PIPELINE_VERSION);
        for (SentenceLayer layer : chosen) {
            components.putAll(layer.components());
        }
        components.put(ModelChoice.COMPONENT, choice.component());
        return components;
    }

    private List<SentenceLayer> layers(ModelChoice choice) {
        if (choice.shipped()) {
            return layers;
        }
        UserFrameModel model = userModels.computeIfAbsent(choice.sha256(), sha -> UserFrameModel.read(choice.file(), sha));
        List<SentenceLayer> chosen = new ArrayList<>(layers);
        chosen.add(new UserFrameLayer(choice, model));
        return chosen;
    }

    public LinguisticPipeline pipeline() {
        return pipeline;
    }
}
