package org.memolens.research;

/**
 * Cohen's kappa for two raters (Cohen 1960): (p_o - p_e) / (1 - p_e), where p_o is the observed
 * share of agreement and p_e the agreement expected from each rater's own category frequencies.
 * Units either rater left unrated are left out.
 */
public final class CohenKappa {

    private CohenKappa() {
    }

    /** Kappa of exactly two raters; NaN if fewer than one complete unit or if p_e is 1 (one category only). */
    public static double of(Ratings ratings) {
        if (ratings.raters() != 2) {
            throw new IllegalArgumentException("Cohen's kappa is defined for two raters");
        }
        int k = Math.max(ratings.categories(), 1);
        int[][] table = new int[k][k];
        for (int u = 0; u < ratings.units(); u++) {
            int[] row = ratings.unit(u);
            if (row[0] != Ratings.MISSING && row[1] != Ratings.MISSING) {
                table[row[0]][row[1]]++;
            }
        }
        return ofTable(table);
    }

    /** Kappa from a k x k contingency table: {@code table[i][j]} units put in i by rater 1 and j by rater 2. */
    public static double ofTable(int[][] table) {
        int k = table.length;
        double n = 0;
        double[] rows = new double[k];
        double[] cols = new double[k];
        double agree = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                n += table[i][j];
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
            agree += table[i][i];
        }
        if (n == 0) {
            return Double.NaN;
        }
        double po = agree / n;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            pe += (rows[i] / n) * (cols[i] / n);
        }
        return pe >= 1 ? Double.NaN : (po - pe) / (1 - pe);
    }
}
