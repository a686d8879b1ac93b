package org.memolens.app;

import org.memolens.domain.InvalidInputException;
import org.memolens.nlp.tone.ToneTrainingSettings;

/**
 * How to train the tone models, as given by the user.
 *
 * @param algorithm  maxent-qn, maxent-qn-continued, maxent, perceptron or naive-bayes
 * @param iterations training iterations
 * @param cutoff     features seen fewer times are dropped
 * @param l1         L1 regularisation cost (maxent-qn only)
 * @param l2         L2 regularisation cost (maxent-qn only)
 * @param prune      features whose centred weights all lie within this of 0 are left out (maxent-qn only)
 * @param stopTone   stop the tone model's training at this objective per event (maxent-qn-continued; 0: never)
 * @param stopRegister the same for the register model
 */
public record ToneTrainingOptions(String algorithm, int iterations, int cutoff, double l1, double l2, double prune,
        double stopTone, double stopRegister) {

    public ToneTrainingOptions {
        try {
            new ToneTrainingSettings(algorithm, iterations, cutoff, l1, l2, prune, stopTone, stopRegister);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    public ToneTrainingOptions(String algorithm, int iterations, int cutoff, double l1, double l2, double prune) {
        this(algorithm, iterations, cutoff, l1, l2, prune, 0, 0);
    }

    ToneTrainingSettings settings() {
        return new ToneTrainingSettings(algorithm, iterations, cutoff, l1, l2, prune, stopTone, stopRegister);
    }

    /** A short form for messages and the model card. */
    public String describe() {
        return settings().describe();
    }
}
