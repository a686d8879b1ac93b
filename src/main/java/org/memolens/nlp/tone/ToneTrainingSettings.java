package org.memolens.nlp.tone;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.util.TrainingParameters;

/**
 * How a tone model is trained.
 *
 * @param algorithm  {@code maxent} (GIS), {@code maxent-qn} (OpenNLP's L-BFGS, OWL-QN with an L1 cost,
 *                   with L1 and L2 regularisation), {@code maxent-qn-continued} (the same, restarted
 *                   after OpenNLP stops it early: {@link ContinuedQNTrainer}; L2 only),
 *                   {@code maxent-qn-nostop}, {@code maxent-qn-fixed} and {@code maxent-qn-fixed-scaled}
 *                   (the same model and objective minimized by our own L-BFGS for exactly the
 *                   iterations given, along OpenNLP's own path, with its memory corrected, or
 *                   corrected and scaled: {@link FixedIterationQNTrainer}; L2 only),
 *                   {@code perceptron} or {@code naive-bayes}
 * @param iterations training iterations (ignored by naive Bayes)
 * @param cutoff     features seen fewer times than this are dropped
 * @param l1         L1 regularisation cost, for {@code maxent-qn} only: sets the weights of
 *                   uninformative features to exactly 0
 * @param l2         L2 regularisation cost, for {@code maxent-qn} only
 * @param prune      for {@code maxent-qn}: features whose weights, centred over the labels, all lie
 *                   within this distance of 0 are left out of the model file ({@link ModelPruning}); 0
 *                   keeps every feature
 * @param stopTone   for {@code maxent-qn-continued}: stop the tone model's training once its objective
 *                   per training event is at most this ({@link ContinuedQNTrainer#STOP_OBJECTIVE_PER_EVENT});
 *                   0 never stops early
 * @param stopRegister the same for the register model
 */
public record ToneTrainingSettings(String algorithm, int iterations, int cutoff, double l1, double l2, double prune,
        double stopTone, double stopRegister) {

    /** Our own L-BFGS ({@link FixedIterationQNTrainer}) in each of its variants, by algorithm name. */
    private static final Map<String, Lbfgs.Variant> OWN_LBFGS = Map.of("maxent-qn-nostop", Lbfgs.Variant.OPENNLP,
            "maxent-qn-fixed", Lbfgs.Variant.CORRECTED, "maxent-qn-fixed-scaled", Lbfgs.Variant.SCALED);

    private static final List<String> ALGORITHMS = List.of("maxent", "maxent-qn", "maxent-qn-continued",
            "maxent-qn-nostop", "maxent-qn-fixed", "maxent-qn-fixed-scaled", "perceptron", "naive-bayes");

    public static final ToneTrainingSettings DEFAULT = new ToneTrainingSettings("maxent-qn", 150, 2, 0, 1.0, 0);

    public ToneTrainingSettings {
        algorithm = algorithm.toLowerCase(Locale.ROOT);
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("unknown algorithm '" + algorithm + "': choose one of "
                    + String.join(", ", ALGORITHMS));
        }
        if (iterations < 1 || cutoff < 0 || l1 < 0 || l2 < 0 || prune < 0 || stopTone < 0 || stopRegister < 0) {
            throw new IllegalArgumentException("iterations must be positive; cutoff, l1, l2, prune and stop not negative");
        }
        if (l1 > 0 && OWN_LBFGS.containsKey(algorithm)) {
            throw new IllegalArgumentException(algorithm + " takes no L1 cost");
        }
        if ((stopTone > 0 || stopRegister > 0) && !algorithm.equals("maxent-qn-continued")) {
            throw new IllegalArgumentException("a stop objective needs --algorithm maxent-qn-continued");
        }
    }

    public ToneTrainingSettings(String algorithm, int iterations, int cutoff, double l1, double l2, double prune) {
        this(algorithm, iterations, cutoff, l1, l2, prune, 0, 0);
    }

    /** Without L1 cost or pruning. */
    public ToneTrainingSettings(String algorithm, int iterations, int cutoff, double l2) {
        this(algorithm, iterations, cutoff, 0, l2, 0);
    }

    /** Features seen fewer times than this are dropped from the register model, which needs only common words. */
    static final int REGISTER_CUTOFF = 5;

    /** The settings for the register model: the same, with a higher cutoff to keep the file small. */
    ToneTrainingSettings forRegisters() {
        return new ToneTrainingSettings(algorithm, iterations, Math.max(cutoff, REGISTER_CUTOFF), l1, l2, prune,
                stopRegister, stopRegister);
    }

    TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, switch (algorithm) {
            case "maxent" -> "MAXENT";
            case "maxent-qn" -> "MAXENT_QN";
            case "maxent-qn-continued" -> ContinuedQNTrainer.class.getName();
            case "perceptron" -> "PERCEPTRON";
            case "naive-bayes" -> "NAIVEBAYES";
            default -> FixedIterationQNTrainer.class.getName();
        });
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("DataIndexer", "OnePass");
        p.put("PrintMessages", false);
        if (algorithm.startsWith("maxent-qn")) {
            p.put("L2Cost", l2);
            p.put("L1Cost", l1);
        }
        if (stopTone > 0) {
            p.put(ContinuedQNTrainer.STOP_OBJECTIVE_PER_EVENT, stopTone);
        }
        if (OWN_LBFGS.containsKey(algorithm)) {
            p.put(FixedIterationQNTrainer.VARIANT, OWN_LBFGS.get(algorithm).name());
        }
        return p;
    }

    /** A short form for the model card and the analysis run record. */
    public String describe() {
        return algorithm + ", " + iterations + " iterations, cutoff " + cutoff
                + (algorithm.startsWith("maxent-qn") ? (l1 > 0 ? ", L1 " + l1 : "") + ", L2 " + l2 : "")
                + (prune > 0 ? ", prune " + prune : "")
                + (stopTone > 0 || stopRegister > 0 ? ", stop at objective per event " + stopTone + " / " + stopRegister : "");
    }
}
