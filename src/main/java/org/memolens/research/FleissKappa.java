package org.memolens.research;

/**
 * Fleiss' kappa for a fixed number of raters per unit (Fleiss 1971): (P̄ - P̄_e) / (1 - P̄_e), where
 * P̄ is the mean share of agreeing rater pairs per unit and P̄_e the chance agreement from the
 * pooled category proportions. Fleiss' kappa needs the same number of ratings on every unit, so
 * units that some rater left unrated are left out ({@link #completeUnits} says how many remain).
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /** Kappa over the units every rater rated; NaN if there are none or only one category was used. */
    public static double of(Ratings ratings) {
        return ofCounts(counts(ratings));
    }

    /** How many units every rater rated. */
    public static int completeUnits(Ratings ratings) {
        return counts(ratings).length;
    }

    /**
     * Kappa from Fleiss' own layout: {@code counts[i][j]} raters put subject i in category j, with
     * the same number of raters for every subject.
     */
    public static double ofCounts(int[][] counts) {
        int subjects = counts.length;
        if (subjects == 0) {
            return Double.NaN;
        }
        int k = counts[0].length;
        int n = 0;
        for (int c : counts[0]) {
            n += c;
        }
        if (n < 2) {
            return Double.NaN;
        }
        double[] p = new double[k];
        double meanAgreement = 0;
        for (int[] subject : counts) {
            int total = 0;
            double squares = 0;
            for (int j = 0; j < k; j++) {
                total += subject[j];
                squares += (double) subject[j] * subject[j];
                p[j] += subject[j];
            }
            if (total != n) {
                throw new IllegalArgumentException("Fleiss' kappa needs the same number of ratings for every subject");
            }
            meanAgreement += (squares - n) / ((double) n * (n - 1));
        }
        meanAgreement /= subjects;
        double chance = 0;
        for (int j = 0; j < k; j++) {
            p[j] /= (double) subjects * n;
            chance += p[j] * p[j];
        }
        return chance >= 1 ? Double.NaN : (meanAgreement - chance) / (1 - chance);
    }

    private static int[][] counts(Ratings ratings) {
        int k = Math.max(ratings.categories(), 1);
        return java.util.stream.IntStream.range(0, ratings.units())
                .filter(u -> ratings.present(u) == ratings.raters())
                .mapToObj(u -> {
                    int[] row = new int[k];
                    for (int v : ratings.unit(u)) {
                        row[v]++;
                    }
                    return row;
                })
                .toArray(int[][]::new);
    }
}
