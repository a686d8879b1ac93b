package org.memolens.domain;

/**
 * Pronoun stance: how often the writer says I, we and you (all case forms: I/me/my/mine/myself,
 * we/us/our/ours/ourselves, you/your/yours/yourself/yourselves).
 */
public record PronounCounts(int i, int we, int you) {

    public static final PronounCounts NONE = new PronounCounts(0, 0, 0);

    public PronounCounts plus(PronounCounts other) {
        return new PronounCounts(i + other.i, we + other.we, you + other.you);
    }
}
