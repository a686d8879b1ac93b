package org.memolens.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Worked examples computed by hand from the formulas of Monroe, Colaresi and Quinn (2008), eq. 16 and 18. */
class WeightedLogOddsTest {

    private static final double EPS = 1e-6;

    @Test
    void symmetricCountsWithAUniformPrior() {
        // Text i: jobs 3, growth 1 (n_i = 4). Text j: jobs 1, growth 3 (n_j = 4). Prior α = 1 each, α_0 = 2.
        // δ_jobs = ln((3+1)/(4+2−3−1)) − ln((1+1)/(4+2−1−1)) = ln(4/2) − ln(2/4) = 2 ln 2 = 1.386294
        // σ² = 1/(3+1) + 1/(1+1) = 0.75;  z = 1.386294 / √0.75 = 1.600755
        List<WeightedLogOdds.Score> scores = WeightedLogOdds.scores(Map.of("jobs", 3, "growth", 1),
                Map.of("jobs", 1, "growth", 3), Map.of("jobs", 1.0, "growth", 1.0));
        WeightedLogOdds.Score jobs = find(scores, "jobs");
        assertEquals(1.386294, jobs.delta(), EPS);
        assertEquals(0.75, jobs.variance(), EPS);
        assertEquals(1.600755, jobs.z(), EPS);
        assertEquals(-1.600755, find(scores, "growth").z(), EPS);
    }

    @Test
    void anUnevenPriorShrinksTheWordItKnowsLess() {
        // Same counts; prior α_jobs = 2, α_growth = 0.5, α_0 = 2.5.
        // δ_jobs = ln(5/1.5) − ln(3/3.5) = 1.203973 + 0.154151 = 1.358123; σ² = 1/5 + 1/3 = 0.533333; z = 1.859687
        // δ_growth = ln(1.5/5) − ln(3.5/3) = −1.358123; σ² = 1/1.5 + 1/3.5 = 0.952381; z = −1.391662
        List<WeightedLogOdds.Score> scores = WeightedLogOdds.scores(Map.of("jobs", 3, "growth", 1),
                Map.of("jobs", 1, "growth", 3), Map.of("jobs", 2.0, "growth", 0.5));
        assertEquals(1.358123, find(scores, "jobs").delta(), EPS);
        assertEquals(1.859687, find(scores, "jobs").z(), EPS);
        assertEquals(0.952381, find(scores, "growth").variance(), EPS);
        assertEquals(-1.391662, find(scores, "growth").z(), EPS);
    }

    @Test
    void thePriorFromACorpusIsItsCountsScaledToAlphaZero() {
        Map<String, Double> prior = WeightedLogOdds.prior(Map.of("a", 3, "b", 1), 8);
        assertEquals(Map.of("a", 6.0, "b", 2.0), prior);
    }

    @Test
    void distinctiveWordsPickWhatEachMemoRepeatsAndTheOtherDoesNot() {
        String layoff = "Roles will go. Sales roles will go. Support roles are eliminated. Offices are eliminated. "
                + "The team is grateful.";
        String ai = "AI agents will transform the team. AI agents help customers. AI is the future. The team is grateful.";
        List<List<WeightedLogOdds.Score>> words = DistinctiveWords.of(List.of(layoff, ai), 5);
        List<String> first = words.get(0).stream().map(WeightedLogOdds.Score::word).toList();
        List<String> second = words.get(1).stream().map(WeightedLogOdds.Score::word).toList();
        assertEquals("roles", first.get(0), first.toString());
        assertTrue(first.contains("eliminated") && !first.contains("team") && !first.contains("grateful"), first.toString());
        assertEquals("ai", second.get(0), second.toString());
        assertTrue(second.contains("agents") && !second.contains("grateful"), second.toString());
    }

    private static WeightedLogOdds.Score find(List<WeightedLogOdds.Score> scores, String word) {
        return scores.stream().filter(s -> s.word().equals(word)).findFirst().orElseThrow();
    }
}
