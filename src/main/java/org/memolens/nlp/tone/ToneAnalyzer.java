package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.List;

import org.memolens.domain.Evidence;
import org.memolens.domain.TextSpan;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

/**
 * The tone of a sentence: label, score, confidence and evidence. Three parts work together:
 * <ol>
 * <li>the {@link RegisterModel} tells what kind of prose the sentence is (memo, news, social post,
 *     review), as probabilities;</li>
 * <li>the {@link ToneModel} gives label probabilities from the words and the rule findings, read as
 *     each likely register reads them; these are mixed by the register probabilities;</li>
 * <li>the {@link RuleScorer} supplies the evidence (the words, phrases and figures that pushed the
 *     sentence up or down, with their contributions) and, through {@link ToneDecision}, shifts the
 *     probabilities by its own score, so a clear rule finding can decide a sentence the model is
 *     unsure of.</li>
 * </ol>
 *
 * <p>Score = P(positive) - P(negative) after that shift, in [-1, 1]; confidence = the probability
 * of the chosen label. Evidence weights are rule contributions on VADER's valence scale divided by
 * 4 (a strongly evaluative word is about 0.75), clipped to [-1, 1].
 *
 * <p>Thread-safe; one instance serves every thread.
 */
public final class ToneAnalyzer {

    private final ToneModel model;
    private final RegisterModel registers;
    private final RuleScorer rules;
    private final ToneDecision decision;

    /** {@code model} and {@code registers} are null for {@link #rulesOnly()}. */
    ToneAnalyzer(ToneModel model, RegisterModel registers, RuleScorer rules, ToneDecision decision) {
        this.model = model;
        this.registers = registers;
        this.rules = rules;
        this.decision = decision;
    }

    public ToneAnalyzer(ToneModel model, RegisterModel registers) {
        this(model, registers, ToneReadings.scorer(), ToneDecision.SHIPPED);
    }

    /** Rule score beyond which the rules alone call a sentence positive or negative (VADER's threshold). */
    static final double RULE_THRESHOLD = 0.05;

    /**
     * The transparent scorer alone, without the models: the label by VADER's thresholds on the rule
     * score (positive above 0.05, negative below -0.05), the score the rule score, the confidence the
     * rule score's size. For measuring what the rules contribute ({@code eval tone --rules-only}).
     */
    public static ToneAnalyzer rulesOnly() {
        return new ToneAnalyzer(null, null, ToneReadings.scorer(), ToneDecision.MODEL_ONLY);
    }

    /** The analyser with the shipped models, lexicon and decision rule. */
    public static ToneAnalyzer shipped() {
        return new ToneAnalyzer(ToneModel.shipped(), RegisterModel.shipped());
    }

    /** The analyser with the models {@code tone-model.bin} and {@code tone-register.bin} in {@code dir}. */
    public static ToneAnalyzer read(java.nio.file.Path dir) throws java.io.IOException {
        try (java.io.InputStream tone = java.nio.file.Files.newInputStream(dir.resolve(ToneModel.FILE_NAME));
                java.io.InputStream register = java.nio.file.Files.newInputStream(dir.resolve(RegisterModel.FILE_NAME))) {
            return new ToneAnalyzer(ToneModel.read(tone), RegisterModel.read(register));
        }
    }

    ToneModel model() {
        return model;
    }

    RegisterModel registers() {
        return registers;
    }

    /**
     * Label probabilities, indexed by {@link ToneLabel#ordinal()}: each likely register's reading,
     * shifted by that register's decision rule, mixed by the register probabilities.
     */
    double[] probabilities(String[] words, RuleReading reading) {
        return decision.decide(registers.probabilities(words), r -> model.probabilities(words, r), reading.compound());
    }

    /**
     * The tone of the text covered by {@code tokens}.
     *
     * @param text   the text the token offsets point into (a memo, or one line of an evaluation file)
     * @param tokens token spans into {@code text}, in order; evidence offsets are into {@code text} too
     */
    public Tone tone(String text, List<TextSpan> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).of(text);
        }
        RuleReading reading = rules.score(words);
        if (rules == ToneReadings.scorer()) {
            // The feature generators need the same reading; spare them computing it again.
            ToneReadings.remember(words, reading);
        }
        if (model == null) {
            double c = reading.compound();
            ToneLabel byRules = c > RULE_THRESHOLD ? ToneLabel.POSITIVE : c < -RULE_THRESHOLD ? ToneLabel.NEGATIVE
                    : ToneLabel.NEUTRAL;
            return new Tone(byRules, clip(c), Math.min(1, Math.abs(c)), evidence(text, tokens, reading));
        }
        double[] p = probabilities(words, reading);
        ToneLabel label = ToneLabel.values()[argmax(p)];
        double score = clip(p[ToneLabel.POSITIVE.ordinal()] - p[ToneLabel.NEGATIVE.ordinal()]);
        return new Tone(label, score, Math.min(1, Math.max(0, p[label.ordinal()])), evidence(text, tokens, reading));
    }

    private static List<Evidence> evidence(String text, List<TextSpan> tokens, RuleReading reading) {
        List<Evidence> evidence = new ArrayList<>();
        for (RuleReading.Contribution c : reading.contributions()) {
            double weight = clip(c.weight() / 4);
            if (Math.abs(weight) < 0.005) {
                continue;
            }
            int start = tokens.get(c.first()).start();
            int end = tokens.get(c.end() - 1).end();
            evidence.add(new Evidence(start, end, text.substring(start, end), weight));
        }
        return evidence;
    }

    /** The index of the largest value (the first, on a tie). */
    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double clip(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
