package org.memolens.domain;

/**
 * How well a frame model finds one code, measured on sentences it did not see (cross-validation).
 *
 * @param code      the code
 * @param support   sentences carrying the code in the gold codings
 * @param precision share of predicted sentences that carry the code; NaN if none was predicted
 * @param recall    share of the code's sentences that were predicted; NaN if support is 0
 * @param f1        harmonic mean of precision and recall, 2TP / (2TP + FP + FN); NaN if undefined
 */
public record CodeScore(String code, int support, double precision, double recall, double f1) {

    /** Scores from true positive, false positive and false negative counts. */
    public static CodeScore of(String code, int tp, int fp, int fn) {
        double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        double f1 = 2 * tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2 * tp + fp + fn);
        return new CodeScore(code, tp + fn, precision, recall, f1);
    }
}
