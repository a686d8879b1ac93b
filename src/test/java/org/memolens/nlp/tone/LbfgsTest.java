package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Our L-BFGS on objectives whose minimum is known. */
class LbfgsTest {

    /** An ill-conditioned quadratic, sum of c_i (x_i - t_i)^2 with c_i from 1 to 1,000. */
    private static final class Quadratic implements Lbfgs.Objective {
        final double[] curvature = new double[20];
        final double[] target = new double[20];

        Quadratic() {
            for (int i = 0; i < target.length; i++) {
                curvature[i] = Math.pow(1000, i / 19.0);
                target[i] = (i % 3) - 1 + 0.1 * i;
            }
        }

        @Override
        public double valueAt(double[] x) {
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                sum += curvature[i] * (x[i] - target[i]) * (x[i] - target[i]);
            }
            return sum;
        }

        @Override
        public double[] gradientAt(double[] x) {
            double[] g = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                g[i] = 2 * curvature[i] * (x[i] - target[i]);
            }
            return g;
        }
    }

    /** Rosenbrock's valley, minimum 0 at (1, 1): slow progress along a curved floor. */
    private static final Lbfgs.Objective ROSENBROCK = new Lbfgs.Objective() {
        @Override
        public double valueAt(double[] x) {
            return 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);
        }

        @Override
        public double[] gradientAt(double[] x) {
            return new double[] {-400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]), 200 * (x[1] - x[0] * x[0])};
        }
    };

    @Test
    void findsTheMinimumOfAnIllConditionedQuadratic() {
        Quadratic q = new Quadratic();
        Lbfgs.Result r = new Lbfgs(15, Lbfgs.Variant.SCALED).minimize(q, new double[20], 2_000, (n, v) -> { });
        for (int i = 0; i < 20; i++) {
            assertEquals(q.target[i], r.point()[i], 1e-6, "coordinate " + i);
        }
        assertEquals(0, r.value(), 1e-10);
    }

    @Test
    void takesTheStepsOfAStandardLbfgs() {
        // Reference values from SciPy's L-BFGS-B (memory 15, no bounds) on the same quadratic from 0,
        // computed by the team: the objective after 10 and 20 iterations.
        List<Double> values = new ArrayList<>();
        new Lbfgs(15, Lbfgs.Variant.SCALED).minimize(new Quadratic(), new double[20], 20, (n, v) -> values.add(v));
        assertEquals(18.961320027253162, values.get(9), 1e-9);
        assertEquals(1.384768822743774, values.get(19), 1e-9);
    }

    @Test
    void followsRosenbrocksValleyToItsMinimum() {
        Lbfgs.Result r = new Lbfgs(5, Lbfgs.Variant.SCALED).minimize(ROSENBROCK, new double[] {-1.2, 1}, 500, (n, v) -> { });
        assertEquals(1, r.point()[0], 1e-5);
        assertEquals(1, r.point()[1], 1e-5);
    }

    @Test
    void takesExactlyTheIterationsGivenAndNeverRaisesTheObjective() {
        List<Double> values = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        Lbfgs.Result r = new Lbfgs(5, Lbfgs.Variant.SCALED).minimize(ROSENBROCK, new double[] {-1.2, 1}, 12, (n, v) -> {
            numbers.add(n);
            values.add(v);
        });
        assertEquals(12, r.iterations());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), numbers);
        double start = ROSENBROCK.valueAt(new double[] {-1.2, 1});
        assertTrue(values.get(0) < start);
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i) <= values.get(i - 1), "iteration " + (i + 1) + " raised the objective");
        }
        assertEquals(values.get(11), r.value());
        assertTrue(r.point()[0] < 0.99, "12 iterations are not enough to reach the minimum: " + r.point()[0]);
    }

    @Test
    void stopsEarlyOnlyAtTheMinimum() {
        Lbfgs.Result r = new Lbfgs(15, Lbfgs.Variant.SCALED).minimize(new Quadratic(), new double[20], 10_000, (n, v) -> { });
        assertTrue(r.iterations() < 10_000, "ran " + r.iterations());
        assertEquals(0, r.value(), 1e-12);
    }

    @Test
    void theCorrectedVariantsFindTheMinimumAndOpenNlpsApproachesItSlowly() {
        for (Lbfgs.Variant variant : new Lbfgs.Variant[] {Lbfgs.Variant.CORRECTED, Lbfgs.Variant.SCALED}) {
            Lbfgs.Result r = new Lbfgs(15, variant).minimize(new Quadratic(), new double[20], 5_000, (n, v) -> { });
            assertEquals(0, r.value(), 1e-8, variant.name());
        }
        double openNlp = new Lbfgs(15, Lbfgs.Variant.OPENNLP).minimize(new Quadratic(), new double[20], 300, (n, v) -> { })
                .value();
        double corrected = new Lbfgs(15, Lbfgs.Variant.CORRECTED).minimize(new Quadratic(), new double[20], 300, (n, v) -> { })
                .value();
        assertTrue(openNlp > 10 * corrected, "after 300 iterations, OpenNLP's memory: " + openNlp + "; corrected: " + corrected);
    }

    @Test
    void refusesAnEmptyMemory() {
        assertThrows(IllegalArgumentException.class, () -> new Lbfgs(0, Lbfgs.Variant.SCALED));
    }
}
