package org.memolens.domain;

/**
 * A repeated-run timing of the framing analysis (impact, frames, devices) on one memo, after the
 * models are loaded and warmed up. Times are wall-clock milliseconds per run on this machine.
 *
 * @param words          words in the memo
 * @param sentences      sentences in the memo
 * @param runs           timed runs (after warm-up)
 * @param medianMillis   median time of the framing layer alone (linguistic base already done)
 * @param minMillis      fastest run of the framing layer
 * @param medianFullMillis median time of the whole analysis (sentences, tokens, tags, lemmas, framing)
 */
public record FramingSpeed(int words, int sentences, int runs, double medianMillis, double minMillis,
        double medianFullMillis) {

    /** The framing layer's median scaled to a memo of 1,000 words. */
    public double medianPer1000Words() {
        return words == 0 ? 0 : medianMillis * 1000.0 / words;
    }
}
