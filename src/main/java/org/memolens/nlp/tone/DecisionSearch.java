package org.memolens.nlp.tone;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.memolens.domain.ClassificationReport;
import org.memolens.domain.ToneLabel;

/**
 * Chooses the decision values ({@link ToneDecision}) by coordinate search for the best weighted mean
 * macro-F1 over labelled sets, and checks whether choosing them pays off: by nested
 * cross-validation, each fold scored with values chosen on the other folds. The sentences are read
 * once by their fold's models; the search only recombines the stored probabilities, the same way
 * {@link ToneAnalyzer} does.
 *
 * <p>What is searched is fixed: the register exponent; for every register the positive and negative
 * bias and the rule weight (not negative); the register prior only for the social and review
 * registers (freeing the others fitted noise, see the model card); the memo rule weight stays as
 * given (the annotation guide makes regret and praise decisive in memos).
 */
public final class DecisionSearch {

    /** Search rounds at most; each tries every value in turn. */
    static final int ROUNDS = 5;
    /** Each value is tried at this many steps either side of where it stands. */
    static final int STEPS = 8;

    /**
     * One labelled sentence as its fold's models read it.
     *
     * @param set       which labelled set it comes from (index into the weights)
     * @param fold      the fold whose models read it
     * @param gold      its label
     * @param registers the register model's probabilities
     * @param readings  the tone model's probabilities as each register reads it, by
     *                  {@link ToneRegister#ordinal()}, and the shared reading last
     * @param ruleScore the rule score
     */
    public record Case(int set, int fold, ToneLabel gold, double[] registers, double[][] readings, double ruleScore) {

        double[] reading(ToneRegister register) {
            return readings[register == null ? readings.length - 1 : register.ordinal()];
        }
    }

    /**
     * Macro-F1 per set and their weighted mean.
     *
     * @param f1       by set index
     * @param weighted the mean weighted by the sets' weights
     */
    public record Scores(double[] f1, double weighted) {
    }

    /**
     * The outcome of a check.
     *
     * @param shipped    the shipped values on every case
     * @param optimistic values searched on every case, scored on the same cases
     * @param nested     every fold scored with values searched on the other folds, counted together
     * @param searched   the values searched on every case, described
     * @param byFold     the values chosen without each fold, described, by fold
     */
    public record Check(Scores shipped, Scores optimistic, Scores nested, String searched, Map<Integer, String> byFold) {

        /** What searching again is estimated to gain on sentences it was not chosen on. */
        public double nestedGain() {
            return nested.weighted() - shipped.weighted();
        }
    }

    private DecisionSearch() {
    }

    /** Reads one sentence with {@code analyzer}'s models (all registers, so any decision can be tried). */
    public static Case read(ToneAnalyzer analyzer, String[] words, ToneLabel gold, int set, int fold) {
        RuleReading reading = ToneReadings.scorer().score(words);
        ToneReadings.remember(words, reading);
        ToneRegister[] registers = ToneRegister.values();
        double[][] readings = new double[registers.length + 1][];
        for (ToneRegister r : registers) {
            readings[r.ordinal()] = analyzer.model().probabilities(words, r);
        }
        readings[registers.length] = analyzer.model().probabilities(words, null);
        return new Case(set, fold, gold, analyzer.registers().probabilities(words), readings, reading.compound());
    }

    /** Checks the shipped values against values searched again, on cases from two or more folds. */
    public static Check check(List<Case> cases, double[] setWeights) {
        List<Integer> folds = cases.stream().map(Case::fold).distinct().sorted().toList();
        if (folds.size() < 2) {
            throw new IllegalArgumentException("nested cross-validation needs cases from two or more folds");
        }
        ToneDecision shipped = ToneDecision.SHIPPED;
        ToneDecision searched = search(cases, setWeights, shipped);
        Map<Integer, ToneDecision> byFold = new TreeMap<>();
        Map<Integer, String> described = new TreeMap<>();
        for (int fold : folds) {
            ToneDecision without = search(cases.stream().filter(c -> c.fold() != fold).toList(), setWeights, shipped);
            byFold.put(fold, without);
            described.put(fold, without.describe());
        }
        return new Check(scores(cases, setWeights, c -> shipped), scores(cases, setWeights, c -> searched),
                scores(cases, setWeights, c -> byFold.get(c.fold())), searched.describe(), described);
    }

    /** Macro-F1 of every set when each case is decided by {@code decisionOf} its case. */
    static Scores scores(List<Case> cases, double[] setWeights, Function<Case, ToneDecision> decisionOf) {
        int labels = ToneLabel.values().length;
        int[][][] confusion = new int[setWeights.length][labels][labels];
        for (Case c : cases) {
            ToneDecision d = decisionOf.apply(c);
            double[] p = d.decide(c.registers(), c::reading, c.ruleScore());
            confusion[c.set()][c.gold().ordinal()][ToneAnalyzer.argmax(p)]++;
        }
        double[] f1 = new double[setWeights.length];
        double sum = 0;
        double weights = 0;
        for (int s = 0; s < f1.length; s++) {
            f1[s] = new ClassificationReport(ToneEvaluator.labels(), confusion[s]).macroF1();
            sum += setWeights[s] * f1[s];
            weights += setWeights[s];
        }
        return new Scores(f1, sum / weights);
    }

    /** Coordinate search from {@code start} for the best weighted mean macro-F1 on {@code cases}. */
    static ToneDecision search(List<Case> cases, double[] setWeights, ToneDecision start) {
        double[] x = values(start);
        double best = scores(cases, setWeights, c -> decision(x)).weighted();
        for (int round = 0; round < ROUNDS; round++) {
            boolean improved = false;
            for (int i = 0; i < x.length; i++) {
                if (!searched(i)) {
                    continue;
                }
                double centre = x[i];
                double bestValue = centre;
                for (int m = -STEPS; m <= STEPS; m++) {
                    double v = centre + m * step(i);
                    if (m == 0 || !allowed(i, v)) {
                        continue;
                    }
                    x[i] = v;
                    double score = scores(cases, setWeights, c -> decision(x)).weighted();
                    if (score > best + 1e-9) {
                        best = score;
                        bestValue = v;
                        improved = true;
                    }
                }
                x[i] = bestValue;
            }
            if (!improved) {
                break;
            }
        }
        return decision(x);
    }

    // The values as one vector: the register exponent, then per register prior, positive bias,
    // negative bias and rule weight.
    private static final int PRIOR = 0;
    private static final int RULE = 3;

    private static double[] values(ToneDecision d) {
        ToneRegister[] registers = ToneRegister.values();
        double[] x = new double[1 + 4 * registers.length];
        x[0] = d.registerExponent();
        for (ToneRegister r : registers) {
            ToneDecision.Shift s = d.shifts().getOrDefault(r, ToneDecision.Shift.NONE);
            int o = 1 + 4 * r.ordinal();
            x[o] = s.registerPrior();
            x[o + 1] = s.positiveBias();
            x[o + 2] = s.negativeBias();
            x[o + 3] = s.ruleWeight();
        }
        return x;
    }

    private static ToneDecision decision(double[] x) {
        Map<ToneRegister, ToneDecision.Shift> shifts = new EnumMap<>(ToneRegister.class);
        for (ToneRegister r : ToneRegister.values()) {
            int o = 1 + 4 * r.ordinal();
            shifts.put(r, new ToneDecision.Shift(x[o], x[o + 1], x[o + 2], x[o + 3]));
        }
        return new ToneDecision(shifts, x[0]);
    }

    private static boolean searched(int i) {
        if (i == 0) {
            return true;
        }
        ToneRegister r = ToneRegister.values()[(i - 1) / 4];
        int k = (i - 1) % 4;
        return !(k == PRIOR && r != ToneRegister.SOCIAL && r != ToneRegister.REVIEW) && !(k == RULE && r == ToneRegister.MEMO);
    }

    private static double step(int i) {
        if (i == 0) {
            return 0.1;
        }
        int k = (i - 1) % 4;
        return k == RULE ? 0.5 : k == PRIOR ? 0.25 : 0.1;
    }

    private static boolean allowed(int i, double v) {
        return i == 0 ? v > 1e-9 : (i - 1) % 4 != RULE || v >= -1e-9;
    }
}
