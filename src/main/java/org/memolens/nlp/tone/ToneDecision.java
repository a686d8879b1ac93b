package org.memolens.nlp.tone;

import java.util.EnumMap;
import java.util.Map;

import org.memolens.domain.ToneLabel;

/**
 * How the model's probabilities and the rule score combine into one decision, per register: each
 * label's log-probability is shifted by a fixed bias and by the rule score (towards positive when the
 * rules find positive evidence, towards negative when they find negative evidence), then
 * renormalised. Registers differ in how often their sentences are neutral (a product review rarely
 * is, a market headline usually is) and in how far word polarity decides tone, so each has its own
 * shift. The values were chosen on the development fifth of the training sets (never on a test set,
 * never on an evaluation-only set) by coordinate search for the best mean macro-F1; see the model card.
 *
 * @param shifts per register; a register without an entry is not shifted
 */
record ToneDecision(Map<ToneRegister, Shift> shifts) {

    /**
     * @param positiveBias shift of log P(positive)
     * @param negativeBias shift of log P(negative)
     * @param ruleWeight   log units a rule score of 1 (or -1) adds to positive (or negative)
     */
    record Shift(double positiveBias, double negativeBias, double ruleWeight) {
        static final Shift NONE = new Shift(0, 0, 0);
    }

    ToneDecision {
        shifts = Map.copyOf(shifts);
    }

    static final ToneDecision MODEL_ONLY = new ToneDecision(Map.of());

    static final ToneDecision SHIPPED = MODEL_ONLY;

    static ToneDecision of(Object... registerAndShift) {
        Map<ToneRegister, Shift> shifts = new EnumMap<>(ToneRegister.class);
        for (int i = 0; i < registerAndShift.length; i += 2) {
            shifts.put((ToneRegister) registerAndShift[i], (Shift) registerAndShift[i + 1]);
        }
        return new ToneDecision(shifts);
    }

    /** The label probabilities of one register's reading after its shift. */
    double[] combine(ToneRegister register, double[] modelProbabilities, double ruleScore) {
        Shift s = register == null ? Shift.NONE : shifts.getOrDefault(register, Shift.NONE);
        double[] logits = new double[modelProbabilities.length];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.log(Math.max(1e-9, modelProbabilities[i]));
        }
        logits[ToneLabel.POSITIVE.ordinal()] += s.positiveBias() + s.ruleWeight() * Math.max(0, ruleScore);
        logits[ToneLabel.NEGATIVE.ordinal()] += s.negativeBias() + s.ruleWeight() * Math.max(0, -ruleScore);
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double total = 0;
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }
}
