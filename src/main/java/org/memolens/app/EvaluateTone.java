package org.memolens.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.memolens.domain.ClassificationReport;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Tone;
import org.memolens.nlp.LinguisticPipeline;
import org.memolens.nlp.NlpModels;
import org.memolens.nlp.tone.ToneAnalyzer;
import org.memolens.nlp.tone.ToneEvaluator;
import org.memolens.nlp.tone.ToneExample;
import org.memolens.nlp.tone.ToneLayer;

/**
 * Use case: score the tone analyser on a labelled file, and time it on a memo-sized text. It runs
 * the analyser the application ships (or the models in a given folder), never a stand-in.
 */
public final class EvaluateTone {

    /** Words in the text the benchmark times. */
    public static final int BENCH_WORDS = 1000;

    /** Folds of a cross-validation: as many as the parts {@code fold0} to {@code fold4}. */
    public static final int FOLDS = 5;

    private final LinguisticPipeline pipeline = new LinguisticPipeline(new NlpModels());

    /**
     * Timing of the tone layer on one memo-sized text, after warm-up.
     *
     * @param words     words in the text
     * @param sentences sentences in the text
     * @param runs      timed runs
     * @param medianMs  median time for tone on the whole text, in milliseconds
     * @param p90Ms     90th percentile, in milliseconds
     */
    public record Bench(int words, int sentences, int runs, double medianMs, double p90Ms) {
    }

    /**
     * Scores the analyser on the labelled texts of {@code file}.
     *
     * @param modelDir a folder with {@code tone-model.bin} and {@code tone-register.bin}, or null for
     *                 the shipped models
     */
    public ToneEvaluation evaluate(Path file, DataPart part, Path modelDir) {
        return evaluate(file, part, analyzer(modelDir));
    }

    /** Scores the rules alone (VADER's thresholds on the rule score), without the models. */
    public ToneEvaluation evaluateRulesOnly(Path file, DataPart part) {
        return evaluate(file, part, ToneAnalyzer.rulesOnly());
    }

    private ToneEvaluation evaluate(Path file, DataPart part, ToneAnalyzer analyzer) {
        List<ToneExample> examples = LabelledFiles.read(file, part.toNlp());
        ToneEvaluator.Result result = ToneEvaluator.evaluate(examples, analyzer, pipeline::tokenSpans);
        return new ToneEvaluation(result.report(), result.predictions().stream()
                .map(p -> new ToneEvaluation.Prediction(p.example().label(), p.example().text(), p.tone())).toList());
    }

    /**
     * Cross-validation: scores every labelled text of {@code file} with the models that did not train
     * on its fold, {@code foldModels.get(k)} for the texts of fold {@code k} (see {@link DataPart}),
     * and counts all of them into one report. Each folder must hold models trained without its fold
     * ({@code #not-foldK} in {@code train tone}); this cannot be checked here, so the model card
     * gives the commands.
     */
    public ToneEvaluation evaluateCrossValidated(Path file, List<Path> foldModels) {
        if (foldModels.size() != FOLDS) {
            throw new InvalidInputException("Cross-validation needs " + FOLDS + " model folders, one per fold (fold0 to fold4); got "
                    + foldModels.size() + ".");
        }
        List<ToneExample> all = LabelledFiles.read(file, ToneExample.Part.ALL);
        Map<ToneExample, Tone> tones = new HashMap<>();
        List<ClassificationReport> folds = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            ToneExample.Part fold = ToneExample.Part.fold(k);
            List<ToneExample> inFold = all.stream().filter(e -> fold.contains(e.text())).toList();
            ToneAnalyzer analyzer = analyzer(foldModels.get(k));
            ToneEvaluator.Result result = ToneEvaluator.evaluate(inFold, analyzer, pipeline::tokenSpans);
            folds.add(result.report());
            for (ToneEvaluator.Prediction p : result.predictions()) {
                tones.put(p.example(), p.tone());
            }
        }
        ClassificationReport report = ClassificationReport.empty(ToneEvaluator.labels());
        List<ToneEvaluation.Prediction> predictions = new ArrayList<>(all.size());
        for (ToneExample e : all) {
            Tone tone = tones.get(e);
            report = report.add(e.label().ordinal(), tone.label().ordinal());
            predictions.add(new ToneEvaluation.Prediction(e.label(), e.text(), tone));
        }
        return new ToneEvaluation(report, predictions, folds);
    }

    /**
     * Times tone for a memo of about {@value #BENCH_WORDS} words built from the texts of {@code file}
     * (joined in order until the count is reached): sentences and tokens are prepared first, then
     * the tone layer runs {@code runs} times after {@code runs / 5 + 3} warm-up runs.
     */
    public Bench bench(Path file, Path modelDir, int runs) {
        if (runs < 1) {
            throw new InvalidInputException("The number of benchmark runs must be positive.");
        }
        StringBuilder memo = new StringBuilder();
        int words = 0;
        for (ToneExample e : LabelledFiles.read(file, ToneExample.Part.ALL)) {
            String text = e.text().strip();
            if (!text.isEmpty() && words < BENCH_WORDS) {
                memo.append(text).append(text.matches(".*[.!?]$") ? "\n" : ".\n");
                words += text.split("\\s+").length;
            }
        }
        String text = memo.toString();
        List<SentenceAnalysis> sentences = pipeline.analyze(text);
        ToneAnalyzer analyzer = analyzer(modelDir);
        ToneLayer layer = new ToneLayer(() -> analyzer, () -> "bench");
        for (int i = 0; i < runs / 5 + 3; i++) {
            layer.apply(text, sentences);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            layer.apply(text, sentences);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Bench(words, sentences.size(), runs, ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)]);
    }

    private static ToneAnalyzer analyzer(Path modelDir) {
        if (modelDir == null) {
            return ToneAnalyzer.shipped();
        }
        try {
            return ToneAnalyzer.read(modelDir);
        } catch (IOException e) {
            throw new InvalidInputException("Could not read the tone models in " + modelDir + ": " + e.getMessage(), e);
        }
    }

}
