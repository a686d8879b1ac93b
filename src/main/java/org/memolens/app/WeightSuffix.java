package org.memolens.app;

import org.memolens.domain.InvalidInputException;

/**
 * A labelled set named on the command line split from its optional {@code *WEIGHT} suffix:
 * {@code news.tsv#train*2.5} gives {@code news.tsv#train} and 2.5; without a suffix the weight is 1.
 */
record WeightSuffix(String rest, double weight) {

    static WeightSuffix of(String spec) {
        int star = spec.lastIndexOf('*');
        if (star < 0) {
            return new WeightSuffix(spec, 1);
        }
        double weight;
        try {
            weight = Double.parseDouble(spec.substring(star + 1));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Weight '" + spec.substring(star + 1) + "' in '" + spec + "' is not a number.");
        }
        if (!(weight > 0)) {
            throw new InvalidInputException("Weight in '" + spec + "' must be positive.");
        }
        return new WeightSuffix(spec.substring(0, star), weight);
    }
}
