package org.memolens.domain;

/**
 * Counts of one label in an evaluation, and the scores derived from them.
 *
 * @param label the code, device type or impact class
 * @param tp    found and in the gold labels
 * @param fp    found but not in the gold labels
 * @param fn    in the gold labels but not found
 */
public record LabelScore(String label, int tp, int fp, int fn) {

    public LabelScore {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** tp / (tp + fp); 0 when nothing was found. */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    /** tp / (tp + fn); 0 when there is nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Number of gold occurrences. */
    public int support() {
        return tp + fn;
    }

    public LabelScore plus(LabelScore other) {
        return new LabelScore(label, tp + other.tp, fp + other.fp, fn + other.fn);
    }
}
