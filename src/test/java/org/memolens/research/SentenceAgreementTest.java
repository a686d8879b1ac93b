package org.memolens.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.memolens.domain.TextSpan;

class SentenceAgreementTest {

    static final String TEXT = "We cut costs. Customers first. Thanks all. Growth ahead.";
    static final List<TextSpan> SENTENCES = List.of(new TextSpan(0, 13), new TextSpan(14, 30), new TextSpan(31, 42),
            new TextSpan(43, 56));
    static final MemoUnits MEMO = new MemoUnits(1, "Memo", TEXT, SENTENCES);
    static final MemoUnits OTHER = new MemoUnits(2, "Other", "Only one sentence.", List.of(new TextSpan(0, 18)));

    static Rater.CodedSpan span(String code, int start, int end) {
        return new Rater.CodedSpan(1, code, new TextSpan(start, end));
    }

    @Test
    void aSentenceIsCodedIfAnySpanOfTheCodeOverlapsItAndAWordInsideCounts() {
        Rater ann = new Rater("Ann", Set.of(1L), List.of(span("COST", 3, 7), span("CUST", 14, 30)));
        Rater bob = new Rater("Bob", Set.of(1L), List.of(span("COST", 0, 13), span("CUST", 20, 35)));

        AgreementReport report = SentenceAgreement.compute(List.of(MEMO), List.of(ann, bob), List.of("COST", "CUST"));

        CodeAgreement cost = report.perCode().get(0);
        assertEquals(4, cost.units());
        assertEquals(1.0, cost.percentAgreement());
        assertEquals(1.0, cost.cohenKappa(), 1e-12);
        assertEquals(Map.of("Ann", 1, "Bob", 1), cost.coded());
        CodeAgreement cust = report.perCode().get(1);
        // Bob's span runs into the third sentence: 3 of 4 sentences agree.
        assertEquals(0.75, cust.percentAgreement(), 1e-12);
        assertEquals(1, report.disagreements().size());
        Disagreement d = report.disagreements().get(0);
        assertEquals(2, d.unit().index());
        assertEquals("Thanks all.", d.unit().text());
        assertEquals(Map.of("Ann", Set.of(), "Bob", Set.of("CUST")), d.codesByRater());
        assertEquals(8, report.overall().units());
        assertEquals(7.0 / 8, report.overall().percentAgreement(), 1e-12);
    }

    @Test
    void aMemoARaterDidNotCodeIsMissingNotAbsenceOfCodes() {
        Rater ann = new Rater("Ann", Set.of(1L, 2L), List.of(span("COST", 0, 13)));
        Rater bob = new Rater("Bob", Set.of(1L), List.of(span("COST", 0, 13)));
        Rater machine = new Rater("machine", Set.of(1L, 2L), List.of(span("COST", 0, 13), new Rater.CodedSpan(2, "COST",
                new TextSpan(0, 18))));

        AgreementReport report = SentenceAgreement.compute(List.of(MEMO, OTHER), List.of(ann, bob, machine), List.of("COST"));

        CodeAgreement cost = report.perCode().get(0);
        assertEquals(5, report.sentences());
        assertEquals(5, cost.units(), "the sentence of memo 2 still has two raters");
        assertEquals(4, cost.fleissUnits(), "Fleiss uses only sentences all three rated");
        assertTrue(Double.isNaN(cost.cohenKappa()), "Cohen's kappa is for two raters");
        assertEquals(1, report.disagreements().size());
        assertEquals(Map.of("Ann", Set.of(), "machine", Set.of("COST")), report.disagreements().get(0).codesByRater());
    }
}
