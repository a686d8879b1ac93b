package org.memolens.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    // rows gold, columns predicted: positive, neutral, negative
    private final ClassificationReport report = new ClassificationReport(List.of("positive", "neutral", "negative"),
            new int[][] {{8, 2, 0}, {1, 6, 3}, {1, 0, 4}});

    @Test
    void countsAndAccuracy() {
        assertEquals(25, report.n());
        assertEquals(18 / 25.0, report.accuracy(), 1e-12);
        assertEquals(10, report.support(0));
    }

    @Test
    void perClassPrecisionRecallAndF1() {
        assertEquals(0.8, report.precision(0), 1e-12);
        assertEquals(0.8, report.recall(0), 1e-12);
        assertEquals(0.75, report.precision(1), 1e-12);
        assertEquals(0.6, report.recall(1), 1e-12);
        assertEquals(2 * 0.75 * 0.6 / 1.35, report.f1(1), 1e-12);
        assertEquals(4 / 7.0, report.precision(2), 1e-12);
        assertEquals(0.8, report.recall(2), 1e-12);
    }

    @Test
    void macroF1IsTheMeanOverClassesThatOccur() {
        double f2 = 2 * (4 / 7.0) * 0.8 / (4 / 7.0 + 0.8);
        assertEquals((0.8 + 2 * 0.75 * 0.6 / 1.35 + f2) / 3, report.macroF1(), 1e-12);
        ClassificationReport twoClasses = new ClassificationReport(List.of("a", "b", "c"),
                new int[][] {{1, 0, 0}, {0, 0, 0}, {0, 0, 1}});
        assertEquals(1.0, twoClasses.macroF1(), 1e-12);
    }

    @Test
    void addingCountsOneExample() {
        ClassificationReport r = ClassificationReport.empty(List.of("a", "b")).add(0, 1).add(0, 1).add(1, 1);
        assertEquals(3, r.n());
        assertEquals(2, r.count(0, 1));
        assertEquals(r, new ClassificationReport(List.of("a", "b"), new int[][] {{0, 2}, {0, 1}}));
    }
}
