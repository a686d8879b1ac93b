package org.memolens.domain;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How far a macro-F1 could move with another sample of the same kind of lines: a percentile bootstrap
 * interval. Resampling the lines with replacement, for a classifier's fixed predictions, is drawing
 * {@code n} cells of the confusion matrix in proportion to their counts, so the report alone is
 * enough. Seeded: the same report always gives the same interval.
 *
 * @param low       lower end
 * @param high      upper end
 * @param level     share of the resampled scores inside the interval
 * @param resamples how many resamples it is taken from
 */
public record MacroF1Interval(double low, double high, double level, int resamples) {

    public static final int RESAMPLES = 1000;
    public static final double LEVEL = 0.95;
    private static final long SEED = 20261128L;

    /** The 95% interval from 1,000 resamples. */
    public static MacroF1Interval of(ClassificationReport report) {
        return of(report, RESAMPLES, LEVEL, SEED);
    }

    static MacroF1Interval of(ClassificationReport report, int resamples, double level, long seed) {
        int k = report.labels().size();
        int n = report.n();
        if (n == 0) {
            return new MacroF1Interval(0, 0, level, resamples);
        }
        int[] upTo = new int[k * k];
        int sum = 0;
        for (int cell = 0; cell < k * k; cell++) {
            sum += report.count(cell / k, cell % k);
            upTo[cell] = sum;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] scores = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            int[][] counts = new int[k][k];
            for (int line = 0; line < n; line++) {
                int cell = cellOf(upTo, random.nextInt(n));
                counts[cell / k][cell % k]++;
            }
            scores[r] = new ClassificationReport(report.labels(), counts).macroF1();
        }
        Arrays.sort(scores);
        int lowIndex = (int) Math.floor((1 - level) / 2 * resamples);
        int highIndex = Math.max(lowIndex, (int) Math.ceil((1 + level) / 2 * resamples) - 1);
        return new MacroF1Interval(scores[lowIndex], scores[highIndex], level, resamples);
    }

    /** The first cell whose running count exceeds {@code draw}. */
    private static int cellOf(int[] upTo, int draw) {
        int lo = 0;
        int hi = upTo.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (upTo[mid] > draw) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
