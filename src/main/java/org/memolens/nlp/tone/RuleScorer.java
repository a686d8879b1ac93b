package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.memolens.nlp.tone.RuleReading.Contribution;
import org.memolens.nlp.tone.RuleReading.Kind;
import org.memolens.nlp.tone.ToneLexicon.Contrast;
import org.memolens.nlp.tone.ToneLexicon.Direction;
import org.memolens.nlp.tone.ToneLexicon.Entry;
import org.memolens.nlp.tone.ToneLexicon.Metric;

/**
 * The transparent half of the tone analyser: a lexicon-and-rules scorer in the spirit of VADER
 * (Hutto and Gilbert 2014), written for corporate and financial prose. It adds up the valence of
 * the words and phrases it knows, after these rules:
 * <ul>
 * <li>negation flips and weakens every evaluative word up to the end of its clause, so "no problems
 *     or complaints" reads as mildly positive;</li>
 * <li>boosters and dampeners ("very", "slightly") change the size of the next evaluative word;</li>
 * <li>after "but" or "however" a clause weighs three times as much as the one before; a clause
 *     opened by "although" or "despite" weighs half;</li>
 * <li>hedges ("may", "we expect") weaken their clause;</li>
 * <li>a business figure and its movement count as one piece of evidence whose sign depends on the
 *     figure: sales that rose are good news, costs that rose are bad news; "from 8.7 to 13.1"
 *     comparisons without a verb count too;</li>
 * <li>gratitude formulas ("thank you for your hard work") count little when the same sentence
 *     carries bad news, so they cannot drown it.</li>
 * </ul>
 *
 * <p>Thread-safe and stateless apart from the immutable lexicon.
 */
final class RuleScorer {

    /** VADER's normalisation constant: a sum of about 4 maps to 0.7. */
    static final double ALPHA = 15;
    static final double NEGATED_POSITIVE = -0.55;
    static final double NEGATED_NEGATIVE = -0.45;
    static final double BEFORE_BUT = 0.5;
    static final double AFTER_BUT = 1.5;
    static final double SUBORDINATE = 0.5;
    static final double HEDGE_FLOOR = 0.6;
    static final double FIGURE = 1.6;
    static final double COMPARED_FIGURE = 1.2;
    static final double GRATITUDE_BESIDE_BAD_NEWS = 0.3;
    static final double IMPLIED_CONTRAST = 1.5;
    static final double IMPLIED_CONTRAST_CAP = 2.0;
    static final double CAPS = 0.733;
    static final double EXCLAMATION = 0.292;
    private static final int NEGATION_REACH = 5;
    private static final int METRIC_LEFT = 7;
    private static final int METRIC_RIGHT = 4;

    private final ToneLexicon lexicon;

    RuleScorer(ToneLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** One matched entry over tokens [first, end). */
    private record Unit(int first, int end, Entry entry, String text) {
        boolean isBreak() {
            return end - first == 1 && ToneTokens.isClauseBreak(text);
        }

        boolean isHyphen() {
            return text.equals("-");
        }

        /** Hyphens of compounds and quantities do not use up a figure's reach ("cut up to 1,200 jobs"). */
        boolean isFreeInFigure() {
            return isHyphen() || ToneTokens.isNumber(text);
        }

        boolean isStrongBreak() {
            return end - first == 1 && ToneTokens.isStrongBreak(text);
        }

        /** The end of a sentence: a contrast reaches across a semicolon, not across a full stop. */
        boolean isSentenceBreak() {
            return isStrongBreak() && text.charAt(0) != ';';
        }
    }

    RuleReading score(String[] tokens) {
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = ToneTokens.lower(tokens[i]);
        }
        List<Unit> units = units(lower);
        int m = units.size();
        Contrast[] contrast = contrastMarkers(units);
        double[] clauseWeight = clauseWeights(units, contrast);
        double[] hedge = hedges(units);
        boolean[] negated = negationScopes(units, contrast);
        boolean mixedCase = mixedCase(tokens);

        List<Contribution> found = new ArrayList<>();
        Contribution[] byUnit = new Contribution[m];
        for (int u = 0; u < m; u++) {
            Entry e = units.get(u).entry();
            if (!e.hasValence()) {
                continue;
            }
            double raw = e.valence();
            double v = intensified(raw, units, u);
            if (mixedCase && units.get(u).end() - units.get(u).first() == 1
                    && ToneTokens.isAllCapsWord(tokens[units.get(u).first()])) {
                v += Math.signum(v) * CAPS;
            }
            if (negated[u]) {
                v *= v > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
            }
            v *= clauseWeight[u] * hedge[u];
            byUnit[u] = new Contribution(units.get(u).first(), units.get(u).end(), v,
                    e.gratitude() ? Kind.GRATITUDE : Kind.WORD, raw, negated[u]);
        }
        boolean[] inFigure = new boolean[m];
        figures(units, lower, clauseWeight, hedge, negated, byUnit, inFigure, found);
        for (int u = 0; u < m; u++) {
            if (byUnit[u] != null && !inFigure[u]) {
                found.add(byUnit[u]);
            }
        }
        impliedContrast(units, contrast, found);
        found = discountGratitude(found);
        found.sort(Comparator.comparingInt(Contribution::first));
        double sum = found.stream().mapToDouble(Contribution::weight).sum();
        sum += Math.signum(sum) * EXCLAMATION * Math.min(4, exclamations(tokens));
        boolean[] negatedTokens = new boolean[tokens.length];
        boolean[] afterContrast = new boolean[tokens.length];
        boolean hedged = false;
        for (int u = 0; u < m; u++) {
            Unit unit = units.get(u);
            for (int t = unit.first(); t < unit.end(); t++) {
                negatedTokens[t] = negated[u];
                afterContrast[t] = clauseWeight[u] > 1;
            }
            hedged |= hedge[u] < 1;
        }
        return new RuleReading(List.copyOf(found), sum, sum / Math.sqrt(sum * sum + ALPHA), negatedTokens,
                afterContrast, hedged);
    }

    private List<Unit> units(String[] lower) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < lower.length) {
            Entry e = lexicon.match(lower, i);
            if (e == Entry.EMPTY && ToneTokens.isNegatedContraction(lower[i])) {
                e = new Entry(1, Double.NaN, false, 0, true, Contrast.NONE, 1, Metric.NONE, Direction.NONE, 0, false);
            }
            units.add(new Unit(i, i + e.length(), e, lower[i]));
            i += e.length();
        }
        return units;
    }

    /**
     * Contrast markers, keeping only unambiguous uses: "yet" and "still" only at the start of a
     * clause ("Still, ...", "and yet"), "while" and "though" only when they open a clause.
     */
    private static Contrast[] contrastMarkers(List<Unit> units) {
        Contrast[] markers = new Contrast[units.size()];
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            Contrast c = unit.entry().contrast();
            boolean clauseStart = u == 0 || units.get(u - 1).isBreak() || units.get(u - 1).text().equals("and");
            boolean beforeBreak = u + 1 < units.size() && units.get(u + 1).isBreak();
            if (unit.text().equals("yet") && !clauseStart || unit.text().equals("still") && !(clauseStart && beforeBreak)) {
                c = Contrast.NONE;
            }
            if ((unit.text().equals("while") || unit.text().equals("though") || unit.text().equals("whilst"))
                    && !clauseStart) {
                c = Contrast.NONE;
            }
            boolean last = u == units.size() - 1 || units.get(u + 1).isStrongBreak();
            if (last) {
                c = Contrast.NONE;
            }
            markers[u] = c;
        }
        return markers;
    }

    /** Weight of each unit's clause: less before "but" and inside "although ..." clauses, more after "but". */
    private static double[] clauseWeights(List<Unit> units, Contrast[] contrast) {
        int m = units.size();
        double[] w = new double[m];
        java.util.Arrays.fill(w, 1);
        for (int u = 0; u < m; u++) {
            if (contrast[u] == Contrast.AFTER) {
                int start = u;
                while (start > 0 && !units.get(start - 1).isSentenceBreak()) {
                    start--;
                }
                int end = u + 1;
                while (end < m && !units.get(end).isSentenceBreak()) {
                    end++;
                }
                for (int v = start; v < u; v++) {
                    w[v] *= BEFORE_BUT;
                }
                for (int v = u + 1; v < end; v++) {
                    w[v] *= AFTER_BUT;
                }
            } else if (contrast[u] == Contrast.BEFORE) {
                for (int v = u + 1; v < m && !units.get(v).isBreak(); v++) {
                    w[v] *= SUBORDINATE;
                }
            }
        }
        return w;
    }

    /** Share of polarity kept by each unit: a hedge weakens what follows it in its clause. */
    private static double[] hedges(List<Unit> units) {
        double[] h = new double[units.size()];
        double factor = 1;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            if (unit.isBreak()) {
                factor = 1;
            }
            h[u] = factor;
            if (unit.entry().hedge() < 1) {
                factor = Math.max(HEDGE_FLOOR, factor * unit.entry().hedge());
            }
        }
        return h;
    }

    /**
     * Units inside a negation: from a negator to the end of its clause (punctuation or a contrast
     * marker), at most five words on; coordinated words stay inside ("no problems or complaints").
     * Two negations in one scope cancel out.
     */
    private static boolean[] negationScopes(List<Unit> units, Contrast[] contrast) {
        int m = units.size();
        boolean[] negated = new boolean[m];
        for (int u = 0; u < m; u++) {
            if (!units.get(u).entry().negator()) {
                continue;
            }
            if (units.get(u).entry().preventive() && u > 0 && BE.contains(units.get(u - 1).text())) {
                negateBackwards(units, contrast, u - 1, negated);
                continue;
            }
            int reach = NEGATION_REACH;
            for (int v = u + 1; v < m && reach > 0; v++) {
                Unit unit = units.get(v);
                if (unit.isBreak() || contrast[v] != Contrast.NONE) {
                    break;
                }
                // A preventive inside the scope stays in it, so that its own scope cancels out:
                // in "we could not avoid the layoffs" the layoffs happened.
                if (unit.entry().negator() && !unit.entry().preventive()) {
                    break;
                }
                negated[v] = !negated[v];
                if (!unit.text().equals("or") && !unit.text().equals("and") && !unit.text().equals("nor")) {
                    reach--;
                } else {
                    reach++;
                }
            }
        }
        return negated;
    }

    /** Forms of "be" that make a preventive passive: "layoffs were avoided", "losses have been prevented". */
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were");

    /** The passive's subject: the words before {@code be} in its clause, at most {@link #NEGATION_REACH}. */
    private static void negateBackwards(List<Unit> units, Contrast[] contrast, int be, boolean[] negated) {
        int reach = NEGATION_REACH;
        for (int v = be - 1; v >= 0 && reach > 0; v--) {
            Unit unit = units.get(v);
            if (unit.isBreak() || contrast[v] != Contrast.NONE || unit.entry().negator()) {
                break;
            }
            negated[v] = !negated[v];
            reach--;
        }
    }

    /** Boosters and dampeners in the three units before (and one after) a word change its size. */
    private static double intensified(double valence, List<Unit> units, int u) {
        double v = valence;
        double sign = Math.signum(valence);
        for (int k = 1; k <= 3 && u - k >= 0; k++) {
            Unit before = units.get(u - k);
            if (before.isBreak()) {
                break;
            }
            double b = before.entry().booster();
            if (b != 0) {
                double scale = k == 1 ? 1 : k == 2 ? 0.95 : 0.9;
                v = sign * Math.max(0.1 * Math.abs(valence), Math.abs(v) + b * scale);
            }
        }
        return v;
    }

    /**
     * Business figures and their movements: "operating profit rose", "cut costs", "swung to a loss",
     * "close the Dayton plant".
     */
    private static void figures(List<Unit> units, String[] lower, double[] clauseWeight, double[] hedge,
            boolean[] negated, Contribution[] byUnit, boolean[] inFigure, List<Contribution> found) {
        int m = units.size();
        boolean[] metricUsed = new boolean[m];
        // Words that are only movements go first; a word that is also a figure ("growth") moves
        // only if no movement took it as its figure: "cut its growth forecast" cuts growth.
        int[] order = IntStream.range(0, m).boxed()
                .sorted(Comparator.comparing((Integer u) -> units.get(u).entry().metric() != Metric.NONE))
                .mapToInt(Integer::intValue).toArray();
        for (int u : order) {
            Entry e = units.get(u).entry();
            if (metricUsed[u]) {
                continue;
            }
            int metric = switch (e.direction()) {
                case NONE -> -1;
                case TURN -> metricRight(units, u, 5, false);
                case CLOSE, OPEN -> metricNear(units, u, true);
                case UP, DOWN -> metricNear(units, u, false);
            };
            // A figure moves once: in "revenue declined, we gained customers" it is not also gained.
            if (metric < 0 || metricUsed[metric]) {
                continue;
            }
            Metric kind = units.get(metric).entry().metric();
            double polarity = kind == Metric.BAD ? -1 : 1;
            if (e.direction() == Direction.DOWN || e.direction() == Direction.CLOSE) {
                polarity = -polarity;
            }
            double raw = polarity * FIGURE * e.directionStrength();
            double v = raw;
            if (u + 1 < m && units.get(u + 1).entry().booster() != 0) {
                v = Math.signum(v) * Math.max(0.1 * Math.abs(raw), Math.abs(v) + units.get(u + 1).entry().booster());
            }
            v = intensified(v, units, u);
            if (negated[u]) {
                v *= v > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
            }
            v *= clauseWeight[u] * hedge[u];
            int first = Math.min(units.get(u).first(), units.get(metric).first());
            int end = Math.max(units.get(u).end(), units.get(metric).end());
            found.add(new Contribution(first, end, v, Kind.FIGURE, raw, negated[u]));
            inFigure[u] = true;
            inFigure[metric] = true;
            metricUsed[metric] = true;
        }
        for (int u = 0; u < m; u++) {
            Metric kind = units.get(u).entry().metric();
            if (kind == Metric.NONE || kind == Metric.SITE || metricUsed[u] || inFigure[u]) {
                continue;
            }
            int comparison = comparedNumbers(units, lower, u);
            if (comparison == 0) {
                continue;
            }
            double raw = comparison * (kind == Metric.GOOD ? 1 : -1) * COMPARED_FIGURE;
            double v = raw * clauseWeight[u] * hedge[u];
            found.add(new Contribution(units.get(u).first(), units.get(u).end(), v, Kind.FIGURE, raw, false));
            inFigure[u] = true;
        }
    }

    /**
     * The nearest figure before a movement word in its clause, else just after it; -1 if none.
     * Sites only go with closing and opening, figures only with movements. Hyphens joining a
     * compound ("full - year", as the tokenizer splits it) and numbers do not count as words.
     */
    private static int metricNear(List<Unit> units, int u, boolean sites) {
        int words = 0;
        for (int v = u - 1; v >= 0 && words < METRIC_LEFT; v--) {
            Unit before = units.get(v);
            if (before.isStrongBreak() || before.entry().contrast() != Contrast.NONE) {
                break;
            }
            if (fits(before.entry().metric(), sites)) {
                return v;
            }
            words += before.isFreeInFigure() ? 0 : 1;
        }
        return metricRight(units, u, METRIC_RIGHT, sites);
    }

    private static int metricRight(List<Unit> units, int u, int reach, boolean sites) {
        int words = 0;
        for (int v = u + 1; v < units.size() && words < reach; v++) {
            Unit after = units.get(v);
            if (after.isBreak()) {
                break;
            }
            if (fits(after.entry().metric(), sites)) {
                return v;
            }
            words += after.isFreeInFigure() ? 0 : 1;
        }
        return -1;
    }

    private static boolean fits(Metric metric, boolean sites) {
        return sites ? metric == Metric.SITE : metric == Metric.GOOD || metric == Metric.BAD;
    }

    private static final java.util.Set<String> COMPARATORS = java.util.Set.of("compared", "from", "versus", "vs",
            "vs.", "against", "year-earlier", "year-ago");

    /**
     * For a figure without a movement word ("operating profit was EUR 13.1 mn, compared with EUR
     * 8.7 mn"), +1 if the first number after it is larger than the number after the comparison word,
     * -1 if smaller, 0 if there is no such pair in its sentence.
     */
    private static int comparedNumbers(List<Unit> units, String[] lower, int metric) {
        double first = Double.NaN;
        boolean comparator = false;
        for (int v = metric + 1; v < units.size() && v <= metric + 24; v++) {
            Unit unit = units.get(v);
            if (unit.isStrongBreak()) {
                return 0;
            }
            if (unit.end() - unit.first() != 1) {
                if (fits(unit.entry().metric(), false) && Double.isNaN(first)) {
                    return 0;
                }
                continue;
            }
            double n = ToneTokens.number(unit.text());
            if (!Double.isNaN(n)) {
                if (v + 1 < units.size()) {
                    n *= ToneTokens.multiplier(lower[units.get(v + 1).first()]);
                }
                if (Double.isNaN(first)) {
                    first = n;
                } else if (comparator) {
                    return Double.compare(first, n) == 0 ? 0 : first > n ? 1 : -1;
                }
            } else if (COMPARATORS.contains(unit.text()) && !Double.isNaN(first)) {
                comparator = true;
            } else if (fits(unit.entry().metric(), false) && Double.isNaN(first)) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * "Thank you for your hard work, but we will close the Dayton plant": when the clause after
     * "but" carries no evaluative word of its own, the marker itself says it runs against the clause
     * before, so the marker counts against that clause's polarity.
     */
    private static void impliedContrast(List<Unit> units, Contrast[] contrast, List<Contribution> found) {
        for (int u = 0; u < units.size(); u++) {
            if (contrast[u] != Contrast.AFTER) {
                continue;
            }
            int markerToken = units.get(u).first();
            int sentenceEnd = units.size();
            for (int v = u + 1; v < units.size(); v++) {
                if (units.get(v).isSentenceBreak()) {
                    sentenceEnd = v;
                    break;
                }
            }
            int endToken = sentenceEnd < units.size() ? units.get(sentenceEnd).first() : Integer.MAX_VALUE;
            double before = 0;
            boolean after = false;
            int sentenceStart = u;
            while (sentenceStart > 0 && !units.get(sentenceStart - 1).isSentenceBreak()) {
                sentenceStart--;
            }
            int startToken = units.get(sentenceStart).first();
            for (Contribution c : found) {
                if (c.first() < startToken) {
                    continue;
                }
                if (c.first() < markerToken) {
                    before += c.weight();
                } else if (c.first() < endToken) {
                    after = true;
                }
            }
            boolean clauseFollows = sentenceEnd - u > 2;
            if (!after && clauseFollows && Math.abs(before) >= 0.3) {
                double raw = -Math.signum(before) * Math.min(IMPLIED_CONTRAST_CAP, IMPLIED_CONTRAST * Math.abs(before));
                found.add(new Contribution(markerToken, units.get(u).end(), raw, Kind.WORD, raw, false));
            }
        }
    }

    /** Gratitude formulas count little in a sentence that also carries bad news. */
    private static List<Contribution> discountGratitude(List<Contribution> found) {
        boolean badNews = found.stream().anyMatch(c -> c.kind() != Kind.GRATITUDE && c.weight() <= -0.5);
        if (!badNews) {
            return found;
        }
        List<Contribution> result = new ArrayList<>(found.size());
        for (Contribution c : found) {
            result.add(c.kind() == Kind.GRATITUDE && c.weight() > 0
                    ? new Contribution(c.first(), c.end(), c.weight() * GRATITUDE_BESIDE_BAD_NEWS, c.kind(), c.raw(),
                            c.negatedHere())
                    : c);
        }
        return result;
    }

    private static int exclamations(String[] tokens) {
        int count = 0;
        for (String t : tokens) {
            if (!t.isEmpty() && t.chars().allMatch(c -> c == '!')) {
                count += t.length();
            }
        }
        return count;
    }

    private static boolean mixedCase(String[] tokens) {
        boolean lowerSeen = false;
        for (String t : tokens) {
            if (!ToneTokens.isAllCapsWord(t) && t.chars().anyMatch(Character::isLowerCase)) {
                lowerSeen = true;
                break;
            }
        }
        return lowerSeen;
    }
}
