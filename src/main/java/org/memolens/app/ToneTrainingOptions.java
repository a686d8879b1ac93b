package org.memolens.app;

import org.memolens.domain.InvalidInputException;
import org.memolens.nlp.tone.ToneTrainingSettings;

/**
 * How to train the tone models, as given by the user.
 *
 * @param algorithm  maxent-qn, maxent, perceptron or naive-bayes
 * @param iterations training iterations
 * @param cutoff     features seen fewer times are dropped
 * @param l2         L2 regularisation cost (maxent-qn only)
 */
public record ToneTrainingOptions(String algorithm, int iterations, int cutoff, double l2) {

    public ToneTrainingOptions {
        try {
            new ToneTrainingSettings(algorithm, iterations, cutoff, l2);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    ToneTrainingSettings settings() {
        return new ToneTrainingSettings(algorithm, iterations, cutoff, l2);
    }

    /** A short form for messages and the model card. */
    public String describe() {
        return settings().describe();
    }
}
