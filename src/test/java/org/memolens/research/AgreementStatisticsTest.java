package org.memolens.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each statistic against a worked example from the literature. The tables are the published data;
 * the expected values are the published results, which the comments also derive by hand.
 */
class AgreementStatisticsTest {

    /**
     * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
     * Bulletin 76(5), 378-382, Table 1: 30 patients, each diagnosed by 6 psychiatrists into
     * depression, personality disorder, schizophrenia, neurosis, other. Cell = number of
     * psychiatrists choosing the category. Published: kappa = .430.
     * By hand: p_j = (.144, .144, .167, .306, .239), P̄_e = sum p_j² = .2199, P̄ = .5556,
     * kappa = (.5556 - .2199) / (1 - .2199) = .430.
     */
    static final int[][] FLEISS_1971 = {
        {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
        {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
        {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
        {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
        {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
        {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6},
    };

    @Test
    void fleissKappaReproducesFleiss1971Table1() {
        assertEquals(0.430, FleissKappa.ofCounts(FLEISS_1971), 0.0005);
    }

    @Test
    void fleissKappaFromRatingsEqualsTheCountLayoutAndSkipsIncompleteUnits() {
        List<int[]> rows = new ArrayList<>();
        for (int[] subject : FLEISS_1971) {
            int[] row = new int[6];
            int r = 0;
            for (int category = 0; category < subject.length; category++) {
                for (int times = 0; times < subject[category]; times++) {
                    row[r++] = category;
                }
            }
            rows.add(row);
        }
        rows.add(new int[] {0, 1, Ratings.MISSING, 2, 3, 4});
        Ratings ratings = Ratings.of(6, rows);
        assertEquals(30, FleissKappa.completeUnits(ratings));
        assertEquals(0.430, FleissKappa.of(ratings), 0.0005);
    }

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, example C: nominal data,
     * four observers, twelve units, with missing values. Published: alpha_nominal = .743.
     * By hand: n = 40 pairable values with n_1..n_5 = 9, 13, 10, 5, 3; the off-diagonal
     * coincidences sum to 8 and sum_{c != k} n_c n_k = 1216, so
     * alpha = 1 - (n - 1) * 8 / 1216 = 1 - 312/1216 = 113/152 = .743.
     */
    @Test
    void krippendorffAlphaReproducesExampleCWithMissingValues() {
        Integer n = null;
        Ratings ratings = Ratings.byRater(
                new Integer[] {1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n},
                new Integer[] {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3},
                new Integer[] {n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n},
                new Integer[] {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n});
        assertEquals(0.743, KrippendorffAlpha.nominal(ratings), 0.0005);
    }

    /**
     * Krippendorff (2011), example A: two observers, ten units, binary values. Published:
     * alpha = .095. By hand: n = 20 values, n_0 = 14, n_1 = 6, o_01 = 4, so
     * alpha = 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 19 * 4 / 84 = .095.
     */
    @Test
    void krippendorffAlphaReproducesExampleAForTwoObservers() {
        Ratings ratings = Ratings.byRater(
                new Integer[] {0, 1, 0, 0, 0, 0, 0, 0, 1, 0},
                new Integer[] {1, 1, 1, 0, 0, 1, 0, 0, 0, 0});
        assertEquals(0.095, KrippendorffAlpha.nominal(ratings), 0.0005);
        assertEquals(0.6, PercentAgreement.of(ratings), 1e-12);
    }

    /**
     * Two radiologists rating 85 xeromammograms as normal, benign, suspected cancer, cancer (Boyd et
     * al. 1982, J Natl Cancer Inst 68:357-363; the textbook example in Altman, Practical Statistics
     * for Medical Research, 1991, and in Stata's manual entry [R] kappa, which reports agreement
     * 63.53 %, expected 30.82 %, kappa 0.4728). By hand: p_o = 54/85 = .6353,
     * p_e = (33*28 + 22*38 + 29*16 + 1*3) / 85² = 2227/7225 = .3082, kappa = .3271 / .6918 = .4728.
     */
    static final int[][] RADIOLOGISTS = {
        {21, 12, 0, 0},
        {4, 17, 1, 0},
        {3, 9, 15, 2},
        {0, 0, 0, 1},
    };

    @Test
    void cohenKappaReproducesTheRadiologistTextbookExample() {
        assertEquals(0.4728, CohenKappa.ofTable(RADIOLOGISTS), 0.00005);
    }

    @Test
    void cohenKappaFromRatingsBuildsTheSameTableAndPercentAgreementIsTheDiagonalShare() {
        List<int[]> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int times = 0; times < RADIOLOGISTS[i][j]; times++) {
                    rows.add(new int[] {i, j});
                }
            }
        }
        rows.add(new int[] {Ratings.MISSING, 2});
        Ratings ratings = Ratings.of(2, rows);
        assertEquals(0.4728, CohenKappa.of(ratings), 0.00005);
        assertEquals(54.0 / 85, PercentAgreement.of(ratings), 1e-12);
    }

    @Test
    void statisticsAreUndefinedWithoutVariationAndCohenNeedsTwoRaters() {
        Ratings same = Ratings.byRater(new Integer[] {0, 0, 0}, new Integer[] {0, 0, 0});
        assertTrue(Double.isNaN(CohenKappa.of(same)));
        assertTrue(Double.isNaN(FleissKappa.of(same)));
        assertTrue(Double.isNaN(KrippendorffAlpha.nominal(same)));
        assertEquals(1.0, PercentAgreement.of(same));
        Ratings three = Ratings.byRater(new Integer[] {0, 1}, new Integer[] {0, 1}, new Integer[] {1, 1});
        assertThrows(IllegalArgumentException.class, () -> CohenKappa.of(three));
    }

    @Test
    void perfectAgreementIsOneForEveryStatistic() {
        Ratings ratings = Ratings.byRater(new Integer[] {0, 1, 1, 0}, new Integer[] {0, 1, 1, 0});
        assertEquals(1.0, CohenKappa.of(ratings), 1e-12);
        assertEquals(1.0, FleissKappa.of(ratings), 1e-12);
        assertEquals(1.0, KrippendorffAlpha.nominal(ratings), 1e-12);
    }
}
