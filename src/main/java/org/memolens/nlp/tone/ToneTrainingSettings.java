package org.memolens.nlp.tone;

import java.util.Locale;

import opennlp.tools.util.TrainingParameters;

/**
 * How a tone model is trained.
 *
 * @param algorithm  {@code maxent} (GIS), {@code maxent-qn} (L-BFGS with L2 regularisation),
 *                   {@code perceptron} or {@code naive-bayes}
 * @param iterations training iterations (ignored by naive Bayes)
 * @param cutoff     features seen fewer times than this are dropped
 * @param l2         L2 regularisation cost, for {@code maxent-qn} only
 */
public record ToneTrainingSettings(String algorithm, int iterations, int cutoff, double l2) {

    public static final ToneTrainingSettings DEFAULT = new ToneTrainingSettings("maxent-qn", 150, 2, 1.0);

    public ToneTrainingSettings {
        algorithm = algorithm.toLowerCase(Locale.ROOT);
        if (!java.util.List.of("maxent", "maxent-qn", "perceptron", "naive-bayes").contains(algorithm)) {
            throw new IllegalArgumentException("unknown algorithm '" + algorithm
                    + "': choose maxent, maxent-qn, perceptron or naive-bayes");
        }
        if (iterations < 1 || cutoff < 0 || l2 < 0) {
            throw new IllegalArgumentException("iterations must be positive, cutoff and l2 not negative");
        }
    }

    /** Features seen fewer times than this are dropped from the register model, which needs only common words. */
    static final int REGISTER_CUTOFF = 5;

    /** The settings for the register model: the same, with a higher cutoff to keep the file small. */
    ToneTrainingSettings forRegisters() {
        return new ToneTrainingSettings(algorithm, iterations, Math.max(cutoff, REGISTER_CUTOFF), l2);
    }

    TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, switch (algorithm) {
            case "maxent" -> "MAXENT";
            case "maxent-qn" -> "MAXENT_QN";
            case "perceptron" -> "PERCEPTRON";
            default -> "NAIVEBAYES";
        });
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("DataIndexer", "OnePass");
        p.put("PrintMessages", false);
        if (algorithm.equals("maxent-qn")) {
            p.put("L2Cost", l2);
            p.put("L1Cost", 0.0);
        }
        return p;
    }

    /** A short form for the model card and the analysis run record. */
    public String describe() {
        return algorithm + ", " + iterations + " iterations, cutoff " + cutoff
                + (algorithm.equals("maxent-qn") ? ", L2 " + l2 : "");
    }
}
