package org.memolens.nlp.tone;

import java.util.List;

/**
 * What the tone rules found in one token sequence.
 *
 * @param contributions the words, phrases and figure movements that carry polarity, in text order
 * @param sum           the sum of their weights, on VADER's valence scale (a strong word is about 3)
 * @param compound      {@code sum} squashed into [-1, 1] as VADER does: {@code sum / sqrt(sum^2 + 15)}
 * @param negated       per token: inside the scope of a negation
 * @param afterContrast per token: in the clause that a contrast marker makes count more ("but ...")
 * @param hedged        the text contains a hedge
 */
record RuleReading(List<Contribution> contributions, double sum, double compound, boolean[] negated,
        boolean[] afterContrast, boolean hedged) {

    /** What kind of evidence a contribution is. */
    enum Kind {
        /** a word or phrase of the lexicon */
        WORD,
        /** a courtesy or gratitude formula */
        GRATITUDE,
        /** a business figure and its movement ("operating profit rose") */
        FIGURE
    }

    /**
     * One piece of evidence.
     *
     * @param first  index of its first token
     * @param end    index after its last token
     * @param weight signed contribution on VADER's valence scale, after negation, intensity, contrast
     *               and hedges
     * @param raw    the contribution before those modifiers, with its own sign
     * @param negatedHere whether a negation flipped it
     */
    record Contribution(int first, int end, double weight, Kind kind, double raw, boolean negatedHere) {
    }

    double positive() {
        return contributions.stream().mapToDouble(Contribution::weight).filter(w -> w > 0).sum();
    }

    double negative() {
        return -contributions.stream().mapToDouble(Contribution::weight).filter(w -> w < 0).sum();
    }
}
