package org.memolens.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
 * "Fightin' Words", Political Analysis 16(4), section 3.5): which words one text uses more than
 * another, shrunk towards a background corpus so that rare words do not dominate and frequent
 * words are judged by their variance.
 *
 * <p>For word w with counts y<sub>i</sub>, y<sub>j</sub> in texts of n<sub>i</sub>, n<sub>j</sub>
 * words and prior pseudo-counts α<sub>w</sub> summing to α<sub>0</sub>:
 * <pre>
 * δ = ln((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − ln((y_j + α_w) / (n_j + α_0 − y_j − α_w))
 * σ² ≈ 1 / (y_i + α_w) + 1 / (y_j + α_w)          z = δ / σ
 * </pre>
 * A positive z means text i uses the word more; |z| &gt; 1.96 is the usual threshold.
 */
public final class WeightedLogOdds {

    /**
     * One word's score.
     *
     * @param focusCount its count in the focus text
     * @param otherCount its count in the other text
     * @param delta      the log-odds ratio δ (focus over other)
     * @param variance   the approximate variance of δ
     * @param z          δ / √variance
     */
    public record Score(String word, int focusCount, int otherCount, double delta, double variance, double z) {
    }

    private WeightedLogOdds() {
    }

    /**
     * Scores every word that occurs in either text and has a prior; words without a prior count
     * are skipped (give a prior built from a corpus that includes both texts).
     */
    public static List<Score> scores(Map<String, Integer> focus, Map<String, Integer> other, Map<String, Double> prior) {
        double alpha0 = prior.values().stream().mapToDouble(Double::doubleValue).sum();
        int ni = WordCounts.total(focus);
        int nj = WordCounts.total(other);
        TreeSet<String> words = new TreeSet<>(focus.keySet());
        words.addAll(other.keySet());
        List<Score> scores = new ArrayList<>();
        for (String w : words) {
            double a = prior.getOrDefault(w, 0.0);
            if (a <= 0) {
                continue;
            }
            int yi = focus.getOrDefault(w, 0);
            int yj = other.getOrDefault(w, 0);
            double delta = Math.log((yi + a) / (ni + alpha0 - yi - a)) - Math.log((yj + a) / (nj + alpha0 - yj - a));
            double variance = 1.0 / (yi + a) + 1.0 / (yj + a);
            scores.add(new Score(w, yi, yj, delta, variance, delta / Math.sqrt(variance)));
        }
        return scores;
    }

    /**
     * The informative prior from a background corpus: α<sub>w</sub> = α<sub>0</sub> · count<sub>w</sub> / total.
     * With {@code alpha0} equal to the corpus's size the prior is the corpus's own counts.
     */
    public static Map<String, Double> prior(Map<String, Integer> background, double alpha0) {
        double total = WordCounts.total(background);
        Map<String, Double> prior = new java.util.TreeMap<>();
        background.forEach((w, c) -> prior.put(w, alpha0 * c / total));
        return prior;
    }

    /** Highest z first; ties by word. */
    public static final Comparator<Score> MOST_DISTINCTIVE = Comparator.comparingDouble(Score::z).reversed()
            .thenComparing(Score::word);
}
