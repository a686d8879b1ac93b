package org.memolens.nlp.framing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.memolens.domain.FramingEvaluation;
import org.memolens.domain.FramingSpeed;
import org.memolens.domain.MemoLensException.Fix;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.TrainingReport;
import org.memolens.nlp.LinguisticPipeline;
import org.memolens.nlp.NlpModels;

/**
 * Evaluation, training and timing of the framing analysis, for the {@code eval}, {@code train} and
 * speed commands. Works on files, not on the database.
 */
public final class FramingWorkbench {

    private final LinguisticPipeline pipeline;
    private final FrameCodebook codebook;
    private final EuphemismGlossary glossary;

    public FramingWorkbench(LinguisticPipeline pipeline, FrameCodebook codebook, EuphemismGlossary glossary) {
        this.pipeline = pipeline;
        this.codebook = codebook;
        this.glossary = glossary;
    }

    /** With the shipped English models, codebook and glossary. */
    public static FramingWorkbench shipped() {
        return new FramingWorkbench(new LinguisticPipeline(new NlpModels().preload()), ShippedFraming.codebook(),
                ShippedFraming.glossary());
    }

    /**
     * Scores the analysis against a labelled file.
     *
     * @param model the frame model file, or null for the shipped one
     * @param rulesOnly detect frames by rules alone (no model)
     */
    public FramingEvaluation evaluate(Path labelled, Path model, boolean rulesOnly) {
        List<LabelledSentence> sentences = LabelledSentences.read(labelled, new HashSet<>(codebook.codes()));
        FrameModel frameModel = rulesOnly ? null : model == null ? ShippedFraming.model() : readModel(model);
        SentenceFraming framing = new SentenceFraming(codebook, glossary, frameModel);
        List<FramingEvaluator.Prediction> predictions = FramingEvaluator.predict(framing,
                TokenizedSentence.of(pipeline, sentences));
        Map<String, String> components = new LinkedHashMap<>();
        components.put("framing-rules", FramingLayer.RULES_VERSION);
        components.put("frame-codebook", codebook.version());
        components.put("euphemism-glossary", glossary.version());
        components.put("frame-model", frameModel == null ? "none (rules only)"
                : frameModel.name() + " " + frameModel.fingerprint());
        return FramingEvaluator.score(labelled.toString(), codebook.codes(), predictions, components);
    }

    /**
     * Trains a frame model on labelled files and writes it to {@code out}.
     *
     * @param name the model's name, recorded in every analysis that uses it
     */
    public TrainingReport train(List<Path> labelled, FrameTrainer.Settings settings, String name, Path out) {
        List<LabelledSentence> sentences = new ArrayList<>();
        for (Path file : labelled) {
            sentences.addAll(LabelledSentences.read(file, new HashSet<>(codebook.codes())));
        }
        String source = String.join(", ", labelled.stream().map(p -> p.getFileName().toString()).sorted().toList());
        FrameTrainer.Trained trained = FrameTrainer.train(new SentenceFraming(codebook, glossary, null),
                TokenizedSentence.of(pipeline, sentences), settings, name, source);
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                trained.model().write(o);
            }
        } catch (IOException e) {
            throw new AssetFormatException(Fix.ENVIRONMENT, out.toString(), 0, null, "cannot be written: " + e.getMessage(), e);
        }
        return new TrainingReport(name, trained.model().fingerprint(), sentences.size(), settings.describe(),
                trained.crossValidation(), trained.impactCrossValidation(), out.toString(),
                trained.deviceCrossValidation());
    }

    /**
     * Times the framing analysis on one memo: {@code warmUp} untimed runs, then {@code runs} timed ones.
     *
     * @param model the frame model file, or null for the shipped one
     */
    public FramingSpeed speed(String memoText, Path model, int warmUp, int runs) {
        FrameModel frameModel = model == null ? ShippedFraming.model() : readModel(model);
        FramingLayer layer = new FramingLayer(codebook, glossary, frameModel.name(), () -> frameModel);
        List<SentenceAnalysis> base = pipeline.analyze(memoText);
        double[] layerTimes = new double[runs];
        double[] fullTimes = new double[runs];
        for (int r = -warmUp; r < runs; r++) {
            long t0 = System.nanoTime();
            List<SentenceAnalysis> sentences = pipeline.analyze(memoText);
            long t1 = System.nanoTime();
            layer.apply(memoText, sentences);
            long t2 = System.nanoTime();
            if (r >= 0) {
                layerTimes[r] = (t2 - t1) / 1e6;
                fullTimes[r] = (t2 - t0) / 1e6;
            }
        }
        int words = (int) Arrays.stream(memoText.trim().split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
        return new FramingSpeed(words, base.size(), runs, median(layerTimes),
                Arrays.stream(layerTimes).min().orElse(0), median(fullTimes));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static FrameModel readModel(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FrameModel.read(file.toString(), Fix.INPUT, in);
        } catch (IOException e) {
            throw new AssetFormatException(Fix.INPUT, file.toString(), 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
