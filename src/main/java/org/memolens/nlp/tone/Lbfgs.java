package org.memolens.nlp.tone;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Limited-memory BFGS (Nocedal, 1980: two-loop recursion, backtracking line search with the Armijo
 * condition) that takes exactly the iterations it is given.
 *
 * <p>Why not OpenNLP's {@code QNMinimizer} (opennlp-tools 2.5.9):
 * <ul>
 * <li>it stops as soon as one iteration lowers the objective by less than 0.01%, a constant it does
 * not let us set; on the tone data that happened at a point that moved with every change to the
 * data (iteration 66 of 150 for the shipped models, never for the development models);</li>
 * <li>once its memory of curvature pairs is full (after {@code m} iterations, 15 by default) it
 * shifts the pairs by copying array references and then writes the newest pair into the last
 * array, which the one before it now shares: from then on the memory holds ever more copies of the
 * newest pair, with the older pairs' {@code 1/(s.y)}. Its directions degrade, it progresses slowly
 * and it is prone to the short steps that stop it.</li>
 * </ul>
 * Unscaled, this class takes OpenNLP's steps number for number until OpenNLP's memory fills
 * (the same start, line search and order of operations), and correct ones after that.
 *
 * <p>Training stops before the iterations are used up only when even a steepest-descent step no
 * longer lowers the objective (the minimum, within floating-point precision).
 */
final class Lbfgs {

    /** The objective to minimize, with its gradient. */
    interface Objective {
        double valueAt(double[] x);

        /** The gradient at {@code x}; the caller does not keep the array beyond the next call. */
        double[] gradientAt(double[] x);
    }

    /** Told of each finished iteration. */
    interface Progress {
        void iteration(int number, double value);
    }

    /**
     * @param point      where it stopped
     * @param value      the objective there
     * @param iterations iterations taken
     */
    record Result(double[] point, double value, int iterations) {
    }

    /** How the curvature pairs are kept and turned into a direction. */
    enum Variant {
        /**
         * OpenNLP 2.5's steps exactly, its memory's shared arrays included: to follow OpenNLP's own
         * path past the point where it stops.
         */
        OPENNLP,
        /** OpenNLP's conventions (the identity as the initial inverse Hessian), the memory kept correctly. */
        CORRECTED,
        /** Corrected, and the initial inverse Hessian scaled by the newest pair (Nocedal and Wright, eq. 7.20). */
        SCALED
    }

    private static final double ARMIJO = 1e-4;
    private static final double SHRINK = 0.5;
    private static final int MAX_SHRINKS = 60;
    /** A curvature pair with s.y at or below this would make the update unstable; it is skipped. */
    private static final double MIN_CURVATURE = 1e-10;

    private final int memory;
    private final Variant variant;

    /** @param memory how many recent steps approximate the curvature (OpenNLP's default is 15) */
    Lbfgs(int memory, Variant variant) {
        if (memory < 1) {
            throw new IllegalArgumentException("memory must be positive");
        }
        this.memory = memory;
        this.variant = variant;
    }

    Result minimize(Objective f, double[] start, int iterations, Progress progress) {
        boolean openNlp = variant == Variant.OPENNLP;
        double[] x = start.clone();
        double value = f.valueAt(x);
        double[] gradient = f.gradientAt(x).clone();
        Memory pairs = openNlp ? new SharedArrays(memory) : new RecentPairs(memory, variant == Variant.SCALED);
        int done = 0;
        while (done < iterations) {
            double[] direction = pairs.direction(gradient);
            double slope = dot(gradient, direction);
            if (!(slope < 0) && !openNlp) {
                pairs.clear();
                direction = negated(gradient);
                slope = dot(gradient, direction);
            }
            if (slope == 0) {
                break;
            }
            // Without curvature information the first step is scaled to unit length.
            double step = done == 0 || pairs.isEmpty() ? 1 / Math.sqrt(dot(gradient, gradient)) : 1;
            double[] next = null;
            double nextValue = value;
            // The sufficient decrease per unit of step, computed once, in OpenNLP's order of operations.
            double decrease = ARMIJO * slope;
            for (int shrinks = 0; shrinks <= MAX_SHRINKS; shrinks++, step *= SHRINK) {
                double[] candidate = plus(x, step, direction);
                double candidateValue = f.valueAt(candidate);
                if ((openNlp || candidateValue < value) && candidateValue <= value + decrease * step) {
                    next = candidate;
                    nextValue = candidateValue;
                    break;
                }
            }
            if (next == null) {
                if (pairs.isEmpty() || openNlp) {
                    break;
                }
                pairs.clear();
                continue;
            }
            double[] nextGradient = f.gradientAt(next).clone();
            pairs.add(minus(next, x), minus(nextGradient, gradient));
            x = next;
            value = nextValue;
            gradient = nextGradient;
            done++;
            progress.iteration(done, value);
        }
        return new Result(x, value, done);
    }

    /** The recent curvature pairs (s = step, y = change of gradient) and the direction they give. */
    private interface Memory {
        boolean isEmpty();

        void clear();

        void add(double[] s, double[] y);

        /** The two-loop recursion: minus the inverse-Hessian approximation times the gradient. */
        double[] direction(double[] gradient);
    }

    /** The newest {@code m} pairs, each in its own arrays. */
    private static final class RecentPairs implements Memory {
        private record Pair(double[] s, double[] y, double rho) {
        }

        private final Deque<Pair> pairs = new ArrayDeque<>();
        private final int m;
        private final boolean scaled;

        RecentPairs(int m, boolean scaled) {
            this.m = m;
            this.scaled = scaled;
        }

        @Override
        public boolean isEmpty() {
            return pairs.isEmpty();
        }

        @Override
        public void clear() {
            pairs.clear();
        }

        @Override
        public void add(double[] s, double[] y) {
            double sy = dot(s, y);
            if (sy <= MIN_CURVATURE) {
                return;
            }
            pairs.addLast(new Pair(s, y, 1 / sy));
            if (pairs.size() > m) {
                pairs.removeFirst();
            }
        }

        @Override
        public double[] direction(double[] gradient) {
            double[] q = gradient.clone();
            double[] alpha = new double[pairs.size()];
            int i = pairs.size();
            for (Iterator<Pair> newestFirst = pairs.descendingIterator(); newestFirst.hasNext();) {
                Pair p = newestFirst.next();
                alpha[--i] = p.rho * dot(p.s, q);
                addScaled(q, -alpha[i], p.y);
            }
            if (scaled && !pairs.isEmpty()) {
                Pair newest = pairs.getLast();
                double gamma = dot(newest.s, newest.y) / dot(newest.y, newest.y);
                for (int k = 0; k < q.length; k++) {
                    q[k] *= gamma;
                }
            }
            i = 0;
            for (Pair p : pairs) {
                double beta = p.rho * dot(p.y, q);
                addScaled(q, alpha[i++] - beta, p.s);
            }
            return negated(q);
        }
    }

    /**
     * OpenNLP 2.5's memory, reproduced to follow its path: once full, each update shifts the array
     * references down by one and writes the newest pair into the last arrays, which the entry before
     * now shares, while the 1/(s.y) values shift as numbers. Pairs are never skipped.
     */
    private static final class SharedArrays implements Memory {
        private final double[][] s;
        private final double[][] y;
        private final double[] rho;
        private int count;

        SharedArrays(int m) {
            s = new double[m][];
            y = new double[m][];
            rho = new double[m];
        }

        @Override
        public boolean isEmpty() {
            return count == 0;
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException("OpenNLP never forgets its pairs");
        }

        @Override
        public void add(double[] newS, double[] newY) {
            int m = rho.length;
            if (count < m) {
                s[count] = newS;
                y[count] = newY;
                rho[count] = 1 / dot(newS, newY);
                count++;
                return;
            }
            for (int i = 0; i < m - 1; i++) {
                s[i] = s[i + 1];
                y[i] = y[i + 1];
                rho[i] = rho[i + 1];
            }
            System.arraycopy(newS, 0, s[m - 1], 0, newS.length);
            System.arraycopy(newY, 0, y[m - 1], 0, newY.length);
            rho[m - 1] = 1 / dot(newS, newY);
        }

        @Override
        public double[] direction(double[] gradient) {
            double[] q = gradient.clone();
            double[] alpha = new double[count];
            for (int i = count - 1; i >= 0; i--) {
                alpha[i] = rho[i] * dot(s[i], q);
                addScaled(q, -alpha[i], y[i]);
            }
            for (int i = 0; i < count; i++) {
                double beta = rho[i] * dot(y[i], q);
                addScaled(q, alpha[i] - beta, s[i]);
            }
            return negated(q);
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void addScaled(double[] target, double factor, double[] v) {
        for (int i = 0; i < target.length; i++) {
            target[i] += factor * v[i];
        }
    }

    private static double[] plus(double[] x, double step, double[] direction) {
        double[] r = x.clone();
        addScaled(r, step, direction);
        return r;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] r = a.clone();
        addScaled(r, -1, b);
        return r;
    }

    private static double[] negated(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = -v[i];
        }
        return r;
    }
}
