package org.memolens.research;

/**
 * Observed agreement: of all pairs of raters who both rated a unit, the share that chose the same
 * category. With two raters and no missing values this is the familiar share of units agreed on.
 */
public final class PercentAgreement {

    private PercentAgreement() {
    }

    /** In [0, 1]; NaN if no unit was rated by two raters. */
    public static double of(Ratings ratings) {
        long agreeing = 0;
        long pairs = 0;
        for (int u = 0; u < ratings.units(); u++) {
            int[] row = ratings.unit(u);
            for (int i = 0; i < row.length; i++) {
                for (int j = i + 1; j < row.length; j++) {
                    if (row[i] != Ratings.MISSING && row[j] != Ratings.MISSING) {
                        pairs++;
                        if (row[i] == row[j]) {
                            agreeing++;
                        }
                    }
                }
            }
        }
        return pairs == 0 ? Double.NaN : (double) agreeing / pairs;
    }
}
