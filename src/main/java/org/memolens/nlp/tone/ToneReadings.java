package org.memolens.nlp.tone;

/**
 * The rule reading of the token array being categorised, computed once and shared by every feature
 * generator: OpenNLP calls each generator with the same array, one after the other, on one thread.
 */
final class ToneReadings {

    private static final RuleScorer SHIPPED = new RuleScorer(ToneLexicon.shipped());

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    private record Last(String[] tokens, RuleReading reading) {
    }

    private ToneReadings() {
    }

    static RuleReading of(String[] tokens) {
        Last last = LAST.get();
        if (last != null && last.tokens() == tokens) {
            return last.reading();
        }
        RuleReading reading = SHIPPED.score(tokens);
        LAST.set(new Last(tokens, reading));
        return reading;
    }

    /** Remembers a reading the caller already computed with {@link #scorer()} for these very tokens. */
    static void remember(String[] tokens, RuleReading reading) {
        LAST.set(new Last(tokens, reading));
    }

    static RuleScorer scorer() {
        return SHIPPED;
    }
}
