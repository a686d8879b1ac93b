package org.memolens.nlp.framing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import org.memolens.domain.DeviceType;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.LabelScore;

/**
 * Trains a {@link FrameModel} from labelled sentences: one OpenNLP doccat model per code
 * (one-vs-rest) over {@link SentenceFeatures}, and per code the probability threshold that gives
 * the best F1 in cross-validation by memo (sentences of one memo never sit on both sides).
 *
 * <p>Reproducible: sentences are sorted by id, folds are assigned from sorted memo ids, and both
 * OpenNLP trainers used here are deterministic, so the same data and settings give the same model
 * (same {@link FrameModel#fingerprint()}).
 */
public final class FrameTrainer {

    /**
     * @param algorithm  OpenNLP trainer: MAXENT (GIS), MAXENT_QN (L-BFGS) or NAIVEBAYES
     * @param cutoff     a feature must occur at least this often to be used
     * @param iterations training iterations
     * @param l2         L2 regularisation cost (MAXENT_QN only)
     * @param folds      cross-validation folds for the thresholds (by memo)
     */
    public record Settings(String algorithm, int cutoff, int iterations, double l2, int folds) {

        public static final Settings DEFAULT = new Settings("MAXENT_QN", 1, 300, 1.0, 5);

        TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            if (algorithm.equals("MAXENT_QN")) {
                p.put("L2Cost", l2);
                p.put("L1Cost", 0.0);
            }
            return p;
        }

        String describe() {
            return String.format(Locale.ROOT, "%s cutoff=%d iterations=%d l2=%s folds=%d", algorithm, cutoff, iterations,
                    l2, folds);
        }
    }

    /**
     * A trained model with the cross-validation counts its thresholds came from, and the impact
     * model's cross-validation counts (harm, benefit, none).
     */
    public record Trained(FrameModel model, List<LabelScore> crossValidation, List<LabelScore> impactCrossValidation,
            List<LabelScore> deviceCrossValidation) {
    }

    /** Rule floors tried per code: a fired rule needs nothing more, half the threshold, or the threshold. */
    private static final double[] FLOORS = {0.0, 0.25, 0.5, 1.0};

    private FrameTrainer() {
    }

    /**
     * @param rules  framing without a model: it produces the features (rule indicators included)
     * @param name   the model's name, e.g. "memolens-frames-en-3"
     * @param source what the data was, for the model's notes (file names)
     */
    static Trained train(SentenceFraming rules, List<TokenizedSentence> data, Settings settings, String name,
            String source) {
        List<TokenizedSentence> sorted = new ArrayList<>(data);
        sorted.sort(Comparator.comparing(t -> t.labelled().id()));
        List<String[]> features = new ArrayList<>(sorted.size());
        for (TokenizedSentence t : sorted) {
            features.add(rules.features(t.text(), t.tokens()));
        }
        List<String> codes = rules.codes();
        int[] fold = folds(sorted, settings.folds());
        double[][] outOfFold = new double[sorted.size()][codes.size()];
        for (int f = 0; f < settings.folds(); f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                (fold[i] == f ? held : train).add(i);
            }
            for (int c = 0; c < codes.size(); c++) {
                DoccatModel model = trainOne(codes.get(c), sorted, features, train, settings);
                if (model == null) {
                    continue; // no positive (or no negative) sentence in this fold: probability 0
                }
                DocumentCategorizerME me = new DocumentCategorizerME(model);
                int yes = me.getIndex(FrameModel.YES);
                for (int i : held) {
                    outOfFold[i][c] = yes < 0 ? 0 : me.categorize(features.get(i))[yes];
                }
            }
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, Double> floors = new LinkedHashMap<>();
        List<LabelScore> cv = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
            String code = codes.get(c);
            double bestT = 0.5;
            double bestFloor = FrameDetector.RULE_FLOOR;
            LabelScore bestScore = null;
            for (double floor : FLOORS) {
                for (int step = 5; step <= 90; step++) {
                    double t = step / 100.0;
                    LabelScore score = score(code, sorted, features, outOfFold, c, t, floor);
                    if (bestScore == null || score.f1() > bestScore.f1() + 1e-9) {
                        bestT = t;
                        bestFloor = floor;
                        bestScore = score;
                    }
                }
            }
            thresholds.put(code, bestT);
            floors.put(code, bestFloor);
            cv.add(bestScore);
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            all.add(i);
        }
        Map<String, DoccatModel> models = new LinkedHashMap<>();
        List<String> untrained = new ArrayList<>();
        for (String code : codes) {
            DoccatModel model = trainOne(code, sorted, features, all, settings);
            if (model == null) {
                untrained.add(code);
                thresholds.remove(code);
                floors.remove(code);
            } else {
                models.put(code, model);
            }
        }
        Map<String, String> notes = new HashMap<>();
        notes.put("data", source);
        notes.put("sentences", Integer.toString(sorted.size()));
        notes.put("settings", settings.describe());
        if (!untrained.isEmpty()) {
            // Without both outcomes there is nothing to learn; the codebook's rules alone find these codes.
            notes.put("rules_only_codes", String.join(",", untrained));
        }
        notes.put("cv_micro_f1", String.format(Locale.ROOT, "%.4f", org.memolens.domain.FramingEvaluation.microF1(cv)));
        notes.put("cv_macro_f1", String.format(Locale.ROOT, "%.4f", org.memolens.domain.FramingEvaluation.macroF1(cv)));

        List<String[]> impactFeatures = new ArrayList<>(sorted.size());
        for (TokenizedSentence t : sorted) {
            impactFeatures.add(rules.impactFeatures(t.text(), t.tokens()));
        }
        List<LabelScore> impactCv = impactCrossValidation(sorted, impactFeatures, fold, settings);
        notes.put("impact_cv_macro_f1", String.format(Locale.ROOT, "%.4f",
                org.memolens.domain.FramingEvaluation.macroF1(impactCv)));
        DoccatModel impact = trainImpact(sorted, impactFeatures, all, settings);

        Map<DeviceType, DeviceSpanModel> devices = new EnumMap<>(DeviceType.class);
        List<LabelScore> deviceCv = new ArrayList<>();
        List<SentenceFraming.Candidates> candidates = new ArrayList<>(sorted.size());
        for (TokenizedSentence t : sorted) {
            candidates.add(rules.candidates(t.text(), t.tokens()));
        }
        // Span models are always maximum entropy: they are scored as a logistic of summed weights.
        Settings deviceSettings = new Settings("MAXENT_QN", settings.cutoff(), settings.iterations(),
                DeviceSpanTrainer.L2, settings.folds());
        for (DeviceType type : DeviceSpanTrainer.TYPES) {
            List<DeviceSpanTrainer.Example> examples = new ArrayList<>(sorted.size());
            for (int i = 0; i < sorted.size(); i++) {
                SentenceFraming.Candidates c = candidates.get(i);
                examples.add(DeviceSpanTrainer.example(sorted.get(i).labelled(), c.sentence(),
                        c.agentless(), type));
            }
            DeviceSpanTrainer.Trained trained = DeviceSpanTrainer.train(type.name(), examples, fold, deviceSettings);
            if (trained != null) {
                devices.put(type, trained.model());
                deviceCv.add(trained.crossValidation());
                notes.put("device_cv_f1." + type.name(), String.format(Locale.ROOT, "%.4f", trained.crossValidation().f1()));
            }
        }
        return new Trained(new FrameModel(name, models, thresholds, floors, notes, impact, devices), cv, impactCv, deviceCv);
    }

    /** Impact model trained on all but one fold and scored on it, for every fold; counts per class. */
    private static List<LabelScore> impactCrossValidation(List<TokenizedSentence> data, List<String[]> features,
            int[] fold, Settings settings) {
        ImpactLabel[] labels = ImpactLabel.values();
        int[][] counts = new int[labels.length][3];
        for (int f = 0; f < settings.folds(); f++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] != f) {
                    train.add(i);
                }
            }
            DoccatModel model = trainImpact(data, features, train, settings);
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] != f) {
                    continue;
                }
                String gold = data.get(i).labelled().impact().code();
                String found = model == null ? gold : bestOutcome(model, features.get(i));
                for (int l = 0; l < labels.length; l++) {
                    boolean g = labels[l].code().equals(gold);
                    boolean p = labels[l].code().equals(found);
                    if (g && p) {
                        counts[l][0]++;
                    } else if (p) {
                        counts[l][1]++;
                    } else if (g) {
                        counts[l][2]++;
                    }
                }
            }
        }
        List<LabelScore> scores = new ArrayList<>();
        for (int l = 0; l < labels.length; l++) {
            scores.add(new LabelScore(labels[l].code(), counts[l][0], counts[l][1], counts[l][2]));
        }
        return scores;
    }

    private static String bestOutcome(DoccatModel model, String[] features) {
        double[] p = model.getMaxentModel().eval(FrameModel.context(features));
        return model.getMaxentModel().getBestOutcome(p);
    }

    /** The impact model, or null when the rows hold a single impact class. */
    private static DoccatModel trainImpact(List<TokenizedSentence> data, List<String[]> features, List<Integer> rows,
            Settings settings) {
        List<DocumentSample> samples = new ArrayList<>(rows.size());
        java.util.Set<String> outcomes = new java.util.HashSet<>();
        for (int i : rows) {
            String outcome = data.get(i).labelled().impact().code();
            outcomes.add(outcome);
            samples.add(new DocumentSample(outcome, features.get(i)));
        }
        if (outcomes.size() < 2) {
            return null;
        }
        return doccat(samples, settings);
    }

    /** The detector's decision rule applied to out-of-fold probabilities, counted for one code. */
    private static LabelScore score(String code, List<TokenizedSentence> data, List<String[]> features,
            double[][] outOfFold, int c, double t, double floor) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        String indicator = "ind=" + code;
        for (int i = 0; i < data.size(); i++) {
            boolean rule = Arrays.asList(features.get(i)).contains(indicator);
            double p = outOfFold[i][c];
            boolean found = p >= t || rule && p >= t * floor;
            boolean gold = data.get(i).labelled().frames().contains(code);
            if (found && gold) {
                tp++;
            } else if (found) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }
        return new LabelScore(code, tp, fp, fn);
    }

    /** Fold of each sentence: memos in sorted order, dealt round-robin. */
    static int[] folds(List<TokenizedSentence> sorted, int k) {
        List<String> memos = new ArrayList<>(new TreeSet<>(sorted.stream().map(t -> t.labelled().memo()).toList()));
        Map<String, Integer> foldOfMemo = new HashMap<>();
        for (int m = 0; m < memos.size(); m++) {
            foldOfMemo.put(memos.get(m), m % k);
        }
        int[] fold = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            fold[i] = foldOfMemo.get(sorted.get(i).labelled().memo());
        }
        return fold;
    }

    /** One code's model, or null when the rows hold only one outcome (nothing to learn). */
    private static DoccatModel trainOne(String code, List<TokenizedSentence> data, List<String[]> features,
            List<Integer> rows, Settings settings) {
        List<DocumentSample> samples = new ArrayList<>(rows.size());
        int positives = 0;
        for (int i : rows) {
            boolean yes = data.get(i).labelled().frames().contains(code);
            positives += yes ? 1 : 0;
            samples.add(new DocumentSample(yes ? FrameModel.YES : FrameModel.NO, features.get(i)));
        }
        if (positives == 0 || positives == rows.size()) {
            return null;
        }
        return doccat(samples, settings);
    }

    /** An OpenNLP document categorizer trained on samples in memory (bag-of-words features). */
    static DoccatModel doccat(List<DocumentSample> samples, Settings settings) {
        try {
            return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), settings.parameters(),
                    new DoccatFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("training on samples in memory cannot fail on I/O", e);
        }
    }
}
