package org.memolens.domain;

import java.util.Arrays;
import java.util.List;

/**
 * How well a classifier's labels agree with gold labels on a labelled set.
 *
 * @param labels    the class names, in a fixed order
 * @param confusion {@code confusion[gold][predicted]} counts, indexed like {@code labels}
 */
public record ClassificationReport(List<String> labels, int[][] confusion) {

    public ClassificationReport {
        labels = List.copyOf(labels);
        int k = labels.size();
        int[][] copy = new int[k][];
        if (confusion.length != k) {
            throw new IllegalArgumentException("confusion matrix must be " + k + " x " + k);
        }
        for (int i = 0; i < k; i++) {
            if (confusion[i].length != k) {
                throw new IllegalArgumentException("confusion matrix must be " + k + " x " + k);
            }
            copy[i] = confusion[i].clone();
        }
        confusion = copy;
    }

    /** An empty report to count into with {@link #add(int, int)}. */
    public static ClassificationReport empty(List<String> labels) {
        return new ClassificationReport(labels, new int[labels.size()][labels.size()]);
    }

    /** A copy with one more example counted. */
    public ClassificationReport add(int gold, int predicted) {
        int[][] next = confusion();
        next[gold][predicted]++;
        return new ClassificationReport(labels, next);
    }

    @Override
    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    public int count(int gold, int predicted) {
        return confusion[gold][predicted];
    }

    /** Number of examples. */
    public int n() {
        return Arrays.stream(confusion).flatMapToInt(Arrays::stream).sum();
    }

    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < confusion.length; i++) {
            correct += confusion[i][i];
        }
        int n = n();
        return n == 0 ? 0 : correct / (double) n;
    }

    /** Examples whose gold label is class {@code i}. */
    public int support(int i) {
        return Arrays.stream(confusion[i]).sum();
    }

    /** Examples predicted as class {@code i}. */
    public int predicted(int i) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[i];
        }
        return predicted;
    }

    /** Precision of class {@code i}; 0 when it was never predicted. */
    public double precision(int i) {
        int predicted = predicted(i);
        return predicted == 0 ? 0 : confusion[i][i] / (double) predicted;
    }

    /** Recall of class {@code i}; 0 when it never occurs. */
    public double recall(int i) {
        int gold = support(i);
        return gold == 0 ? 0 : confusion[i][i] / (double) gold;
    }

    public double f1(int i) {
        double p = precision(i);
        double r = recall(i);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Unweighted mean of the per-class F1 over the classes that occur in the gold labels. */
    public double macroF1() {
        double sum = 0;
        int classes = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (support(i) > 0) {
                sum += f1(i);
                classes++;
            }
        }
        return classes == 0 ? 0 : sum / classes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassificationReport other && labels.equals(other.labels)
                && Arrays.deepEquals(confusion, other.confusion);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + Arrays.deepHashCode(confusion);
    }

    @Override
    public String toString() {
        return "ClassificationReport" + labels + Arrays.deepToString(confusion);
    }
}
