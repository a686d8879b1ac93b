package org.memolens.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import org.memolens.domain.CodeScore;

/**
 * Trains a {@link UserFrameModel} from labelled sentences and measures it by k-fold
 * cross-validation before anyone uses it. Deterministic: the folds come from a seeded shuffle and
 * maxent (GIS) training has no randomness, so the same sentences give the same model and scores.
 */
public final class FrameModelTrainer {

    /**
     * How to train and measure.
     *
     * @param folds      k of k-fold cross-validation (at least 2)
     * @param seed       seed of the shuffle that assigns sentences to folds
     * @param iterations maxent (GIS) iterations
     * @param cutoff     a feature must occur this often to count; 1 suits the small sets coders produce
     * @param threshold  probability from which a sentence is said to carry the code
     * @param minimumPositives codes with fewer coded sentences are not trained
     */
    public record Settings(int folds, long seed, int iterations, int cutoff, double threshold, int minimumPositives) {

        public static final Settings DEFAULT = new Settings(5, 42L, 100, 1, 0.5, 3);
    }

    /** The trained model, its cross-validated scores, and the codes left out for lack of examples. */
    public record Result(UserFrameModel model, List<CodeScore> scores, List<String> skipped, int folds) {
    }

    // bounds how much one coded sentence can weigh
    private static final long MAX_COPIES = 50;

    private FrameModelTrainer() {
    }

    /**
     * Cross-validates, then trains on every sentence.
     *
     * @param codes    the codes to learn, in report order
     * @param progress receives the number of folds done (0..k) and k + 1 once the final model is trained
     */
    public static Result train(String name, List<LabelledSentence> sentences, List<String> codes, Settings settings,
            IntConsumer progress) {
        List<LabelledSentence> usable = sentences.stream().filter(s -> FrameFeatures.tokens(s.text()).length > 0).toList();
        List<String> trainable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String code : codes) {
            long positives = usable.stream().filter(s -> s.codes().contains(code)).count();
            boolean enough = positives >= settings.minimumPositives() && usable.size() - positives >= settings.minimumPositives();
            (enough ? trainable : skipped).add(code);
        }
        int folds = Math.min(settings.folds(), usable.size());
        if (trainable.isEmpty() || folds < 2) {
            return new Result(new UserFrameModel(name, settings.threshold(), Map.of()), List.of(), skipped, folds);
        }
        List<CodeScore> scores = crossValidate(usable, trainable, settings, folds, progress);
        UserFrameModel model = new UserFrameModel(name, settings.threshold(), trainAll(usable, trainable, settings));
        progress.accept(folds + 1);
        return new Result(model, scores, skipped, folds);
    }

    private static List<CodeScore> crossValidate(List<LabelledSentence> sentences, List<String> codes, Settings settings,
            int folds, IntConsumer progress) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(settings.seed()));
        int[] fold = new int[sentences.size()];
        for (int i = 0; i < order.size(); i++) {
            fold[order.get(i)] = i % folds;
        }
        Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
        codes.forEach(c -> counts.put(c, new int[3]));
        for (int f = 0; f < folds; f++) {
            progress.accept(f);
            List<LabelledSentence> train = new ArrayList<>();
            List<LabelledSentence> test = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                (fold[i] == f ? test : train).add(sentences.get(i));
            }
            Map<String, DoccatModel> models = trainAll(train, codes, settings);
            UserFrameModel model = new UserFrameModel("fold", settings.threshold(), models);
            for (LabelledSentence s : test) {
                Map<String, Double> p = model.probabilities(s.text());
                for (String code : codes) {
                    boolean gold = s.codes().contains(code);
                    boolean predicted = p.containsKey(code) && p.get(code) >= settings.threshold();
                    int[] c = counts.get(code);
                    if (gold && predicted) {
                        c[0]++;
                    } else if (predicted) {
                        c[1]++;
                    } else if (gold) {
                        c[2]++;
                    }
                }
            }
        }
        progress.accept(folds);
        List<CodeScore> scores = new ArrayList<>();
        counts.forEach((code, c) -> scores.add(CodeScore.of(code, c[0], c[1], c[2])));
        return scores;
    }

    /**
     * One model per code that has both classes among {@code sentences}. A code is usually rare (a
     * few sentences in a hundred), and a maxent model trained on such data keeps every probability
     * under one half; so each coded sentence is repeated until both classes weigh about the same.
     */
    private static Map<String, DoccatModel> trainAll(List<LabelledSentence> sentences, List<String> codes, Settings settings) {
        Map<String, DoccatModel> models = new LinkedHashMap<>();
        for (String code : codes) {
            long positives = sentences.stream().filter(s -> s.codes().contains(code)).count();
            long negatives = sentences.size() - positives;
            if (positives == 0 || negatives == 0) {
                continue;
            }
            long copies = Math.max(1, Math.min(MAX_COPIES, Math.round((double) negatives / positives)));
            List<DocumentSample> samples = new ArrayList<>();
            for (LabelledSentence s : sentences) {
                boolean positive = s.codes().contains(code);
                DocumentSample sample = new DocumentSample(positive ? UserFrameModel.YES : UserFrameModel.NO,
                        FrameFeatures.tokens(s.text()));
                for (long i = 0; i < (positive ? copies : 1); i++) {
                    samples.add(sample);
                }
            }
            models.put(code, trainOne(samples, settings));
        }
        return models;
    }

    private static DoccatModel trainOne(List<DocumentSample> samples, Settings settings) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), params,
                    new DoccatFactory(FrameFeatures.generators()));
        } catch (IOException e) {
            throw new UncheckedIOException("training from memory cannot fail on I/O", e);
        }
    }
}
