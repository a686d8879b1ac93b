package org.memolens.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MacroF1IntervalTest {

    private static final List<String> LABELS = List.of("positive", "neutral", "negative");

    private static ClassificationReport report(int scale) {
        int[][] m = {{40, 8, 2}, {6, 30, 4}, {3, 7, 20}};
        for (int[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= scale;
            }
        }
        return new ClassificationReport(LABELS, m);
    }

    @Test
    void theIntervalHoldsTheScoreAndIsTheSameEveryTime() {
        ClassificationReport r = report(1);
        MacroF1Interval interval = MacroF1Interval.of(r);
        assertTrue(interval.low() < r.macroF1() && r.macroF1() < interval.high(), interval + " around " + r.macroF1());
        assertEquals(interval, MacroF1Interval.of(r));
        assertEquals(0.95, interval.level());
        assertEquals(1000, interval.resamples());
    }

    @Test
    void moreLinesGiveANarrowerInterval() {
        MacroF1Interval small = MacroF1Interval.of(report(1));   // 120 lines
        MacroF1Interval large = MacroF1Interval.of(report(25));  // 3,000 lines with the same shares
        double smallWidth = small.high() - small.low();
        double largeWidth = large.high() - large.low();
        // a bootstrap interval narrows about with the square root of n: 5 times here
        assertTrue(largeWidth < smallWidth / 3 && largeWidth > smallWidth / 8, smallWidth + " vs " + largeWidth);
    }

    @Test
    void perfectPredictionsHaveNoSpreadAndAnEmptyReportGivesZero() {
        ClassificationReport perfect = new ClassificationReport(LABELS, new int[][] {{5, 0, 0}, {0, 5, 0}, {0, 0, 5}});
        assertEquals(new MacroF1Interval(1, 1, 0.95, 1000), MacroF1Interval.of(perfect));
        assertEquals(0, MacroF1Interval.of(ClassificationReport.empty(LABELS)).high());
    }
}
