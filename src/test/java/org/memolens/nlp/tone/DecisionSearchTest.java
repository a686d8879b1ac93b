package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.memolens.domain.ToneLabel;

/** The decision search on sentences whose readings are made up, so the best values are known. */
class DecisionSearchTest {

    /** A memo sentence: the register model is sure, every reading is {@code p}, no rule evidence. */
    private static DecisionSearch.Case memo(ToneLabel gold, int fold, double positive, double neutral, double negative) {
        double[] registers = new double[ToneRegister.values().length];
        registers[ToneRegister.MEMO.ordinal()] = 1;
        double[][] readings = new double[ToneRegister.values().length + 1][];
        for (int i = 0; i < readings.length; i++) {
            readings[i] = new double[] {positive, neutral, negative};
        }
        return new DecisionSearch.Case(0, fold, gold, registers, readings, 0);
    }

    private static List<DecisionSearch.Case> cases() {
        List<DecisionSearch.Case> cases = new ArrayList<>();
        for (int fold = 1; fold <= 3; fold++) {
            for (int i = 0; i < 10; i++) {
                // The shipped memo shift (negative +0.8, positive -0.8) calls both kinds negative;
                // the neutral ones have a clearly higher neutral reading.
                cases.add(memo(ToneLabel.NEUTRAL, fold, 0.2, 0.45, 0.35));
                cases.add(memo(ToneLabel.NEGATIVE, fold, 0.1, 0.2, 0.7));
                cases.add(memo(ToneLabel.POSITIVE, fold, 0.8, 0.1, 0.1));
            }
        }
        return cases;
    }

    @Test
    void theShippedValuesAreScoredAsTheAnalyserDecides() {
        List<DecisionSearch.Case> cases = cases();
        DecisionSearch.Scores shipped = DecisionSearch.scores(cases, new double[] {1}, c -> ToneDecision.SHIPPED);
        // Neutral sentences come out negative: positive F1 1, neutral 0, negative 2*0.5*1/1.5.
        assertEquals((1 + 0 + 2.0 / 3) / 3, shipped.f1()[0], 1e-12);
        assertEquals(shipped.f1()[0], shipped.weighted(), 1e-12);
        double[] p = ToneDecision.SHIPPED.decide(cases.get(0).registers(), cases.get(0)::reading, 0);
        assertEquals(ToneLabel.NEGATIVE.ordinal(), ToneAnalyzer.argmax(p));
    }

    @Test
    void searchingFindsValuesThatSeparateTheClassesAndNestedScoringUsesOtherFoldsValues() {
        DecisionSearch.Check check = DecisionSearch.check(cases(), new double[] {1});
        assertEquals(1.0, check.optimistic().weighted(), 1e-12, check.searched());
        // Every fold looks alike, so values chosen without a fold serve it as well.
        assertEquals(1.0, check.nested().weighted(), 1e-12);
        assertTrue(check.nestedGain() > 0.3, "gain " + check.nestedGain());
        assertEquals(List.of(1, 2, 3), List.copyOf(check.byFold().keySet()));
        assertTrue(check.searched().contains("memo prior 0.00") && check.searched().contains("rules 2.00"),
                "the memo rule weight and prior are not searched: " + check.searched());
    }

    @Test
    void nestedScoringNeedsTwoFolds() {
        List<DecisionSearch.Case> oneFold = cases().stream().filter(c -> c.fold() == 1).toList();
        assertThrows(IllegalArgumentException.class, () -> DecisionSearch.check(oneFold, new double[] {1}));
    }
}
