package org.memolens.research;

/**
 * Krippendorff's alpha for nominal data, any number of raters, missing values allowed
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011): alpha = 1 - D_o / D_e over the
 * coincidence matrix of values that can be paired within units. A unit rated by fewer than two
 * raters carries no pairable value and is left out.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** Alpha in (-1, 1]; NaN with fewer than two pairable values or when only one category occurs. */
    public static double nominal(Ratings ratings) {
        int k = Math.max(ratings.categories(), 1);
        double[][] coincidence = new double[k][k];
        for (int u = 0; u < ratings.units(); u++) {
            int m = ratings.present(u);
            if (m < 2) {
                continue;
            }
            int[] row = ratings.unit(u);
            for (int i = 0; i < row.length; i++) {
                for (int j = 0; j < row.length; j++) {
                    if (i != j && row[i] != Ratings.MISSING && row[j] != Ratings.MISSING) {
                        coincidence[row[i]][row[j]] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double n = 0;
        double[] marginal = new double[k];
        double disagreeing = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                n += coincidence[c][d];
                marginal[c] += coincidence[c][d];
                if (c != d) {
                    disagreeing += coincidence[c][d];
                }
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c != d) {
                    expected += marginal[c] * marginal[d];
                }
            }
        }
        expected /= n - 1;
        return expected == 0 ? Double.NaN : 1 - disagreeing / expected;
    }
}
