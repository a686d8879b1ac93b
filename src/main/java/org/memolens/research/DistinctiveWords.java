package org.memolens.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words that set each of several memos apart: each memo against all the others pooled, by
 * {@link WeightedLogOdds}, with the prior taken from the combined text of the compared memos
 * (α<sub>0</sub> = its word count, so the prior weighs as much as the data, as in Monroe et al.'s
 * use of a larger background corpus scaled to the comparison).
 */
public final class DistinctiveWords {

    /** Words used fewer times than this in a memo are not called distinctive of it. */
    public static final int MIN_COUNT = 2;
    /** |z| above this is significant at the 5% level. */
    public static final double Z_THRESHOLD = 1.96;

    private DistinctiveWords() {
    }

    /** For each text, in order, at most {@code limit} words with z &gt; 0, most distinctive first. */
    public static List<List<WeightedLogOdds.Score>> of(List<String> texts, int limit) {
        List<Map<String, Integer>> counts = texts.stream().map(WordCounts::of).toList();
        Map<String, Integer> combined = new TreeMap<>();
        counts.forEach(c -> c.forEach((w, n) -> combined.merge(w, n, Integer::sum)));
        Map<String, Double> prior = WeightedLogOdds.prior(combined, WordCounts.total(combined));
        List<List<WeightedLogOdds.Score>> result = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Map<String, Integer> rest = new TreeMap<>();
            for (int j = 0; j < counts.size(); j++) {
                if (j != i) {
                    counts.get(j).forEach((w, n) -> rest.merge(w, n, Integer::sum));
                }
            }
            result.add(WeightedLogOdds.scores(counts.get(i), rest, prior).stream()
                    .filter(s -> s.z() > 0 && s.focusCount() >= MIN_COUNT)
                    .sorted(WeightedLogOdds.MOST_DISTINCTIVE)
                    .limit(limit)
                    .toList());
        }
        return result;
    }
}
