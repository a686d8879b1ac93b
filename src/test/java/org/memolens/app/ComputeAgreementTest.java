package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Coder;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.research.AgreementReport;
import org.memolens.research.CodeAgreement;
import org.memolens.research.Disagreement;

class ComputeAgreementTest {

    static final String FIRST = "We cut costs this year. Our customers come first. The office moves in May. Thank you all.";
    static final String SECOND = "Budgets are tight. Clients still matter most.";

    @TempDir
    Path dir;

    ResearchFixture fx;
    Memo first;
    Memo second;
    Coder ann;
    Coder bob;
    Coder carol;

    @BeforeEach
    void open() {
        fx = new ResearchFixture(dir);
        fx.codes("COST_FRAME", "CUSTOMER_FRAME", "UNUSED_FRAME");
        first = fx.memo("First", FIRST);
        second = fx.memo("Second", SECOND);
        ann = fx.core.manageCoders().add("Ann");
        bob = fx.core.manageCoders().add("Bob");
        carol = fx.core.manageCoders().add("Carol");
        CodingSession s = fx.core.codingSession();
        // sentence 0 both, sentence 1 Ann only (a word inside it), sentence 2 Bob only, sentence 3 nobody
        s.addAs(ann.id(), first.id(), "COST_FRAME", ResearchFixture.span(FIRST, "cut costs"), "");
        s.addAs(ann.id(), first.id(), "COST_FRAME", ResearchFixture.span(FIRST, "customers"), "");
        s.addAs(bob.id(), first.id(), "COST_FRAME", ResearchFixture.span(FIRST, "We cut costs this year."), "");
        s.addAs(bob.id(), first.id(), "COST_FRAME", ResearchFixture.span(FIRST, "The office moves in May."), "");
        s.addAs(ann.id(), first.id(), "CUSTOMER_FRAME", ResearchFixture.span(FIRST, "Our customers come first."), "");
        s.addAs(bob.id(), first.id(), "CUSTOMER_FRAME", ResearchFixture.span(FIRST, "customers come"), "");
        s.addAs(carol.id(), second.id(), "COST_FRAME", ResearchFixture.span(SECOND, "Budgets are tight."), "");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void twoCodersOnOneMemoGetKappaAlphaAndPercentAgreementPerCodeComputedOnSentences() {
        AgreementReport report = fx.core.computeAgreement().compute(new ComputeAgreement.Request(List.of("Ann", "Bob"),
                List.of(), List.of(), false), Progress.NONE);

        assertEquals(List.of("COST_FRAME", "CUSTOMER_FRAME"), report.codes(), "unused codes are left out by default");
        assertEquals(1, report.memos(), "only memos one of the coders coded");
        assertEquals(4, report.sentences());
        CodeAgreement cost = report.perCode().get(0);
        // units (Ann, Bob): (1,1) (1,0) (0,1) (0,0): p_o = .5, p_e = .5, kappa = 0;
        // alpha = 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 7 * 2 / 16 = .125
        assertEquals(4, cost.units());
        assertEquals(0.5, cost.percentAgreement(), 1e-12);
        assertEquals(0.0, cost.cohenKappa(), 1e-12);
        assertEquals(0.0, cost.fleissKappa(), 1e-12);
        assertEquals(0.125, cost.krippendorffAlpha(), 1e-12);
        assertEquals(Map.of("Ann", 2, "Bob", 2), cost.coded());
        CodeAgreement customers = report.perCode().get(1);
        assertEquals(1.0, customers.cohenKappa(), 1e-12);
        assertEquals(8, report.overall().units());
        assertEquals(6.0 / 8, report.overall().percentAgreement(), 1e-12);

        assertEquals(2, report.disagreements().size());
        Disagreement d = report.disagreements().get(0);
        assertEquals("Our customers come first.", d.unit().text());
        assertEquals(Map.of("Ann", Set.of("COST_FRAME", "CUSTOMER_FRAME"), "Bob", Set.of("CUSTOMER_FRAME")), d.codesByRater());
    }

    @Test
    void aThirdCoderWhoCodedAnotherMemoIsMissingThereNotDisagreeing() {
        AgreementReport report = fx.core.computeAgreement().compute(new ComputeAgreement.Request(List.of("Ann", "Bob", "Carol"),
                List.of(first.id(), second.id()), List.of("COST_FRAME"), false), Progress.NONE);
        assertEquals(6, report.sentences());
        CodeAgreement cost = report.perCode().get(0);
        assertEquals(4, cost.units(), "the second memo's sentences have one rater only");
        assertEquals(0, cost.fleissUnits(), "no sentence was rated by all three");
        assertTrue(Double.isNaN(cost.cohenKappa()));
        assertEquals(0.125, cost.krippendorffAlpha(), 1e-12);
    }

    @Test
    void unknownCodersOrCodesAndASingleRaterAreRefusedWithAMessage() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> fx.core.computeAgreement().compute(
                new ComputeAgreement.Request(List.of("Ann", "Zed"), List.of(), List.of(), false), Progress.NONE));
        assertTrue(unknown.getMessage().contains("Coders: Ann, Bob, Carol"), unknown.getMessage());
        assertThrows(InvalidInputException.class, () -> fx.core.computeAgreement().compute(
                new ComputeAgreement.Request(List.of("Ann"), List.of(), List.of(), false), Progress.NONE));
        assertThrows(InvalidInputException.class, () -> fx.core.computeAgreement().compute(
                new ComputeAgreement.Request(List.of("Ann", "Bob"), List.of(), List.of("NOPE"), false), Progress.NONE));
    }

    @Test
    void aCoderAgainstTheMachineUsesTheMemosNewestAnalysisRun() {
        fx.core.analyzeMemos().analyze(first);
        AgreementReport report = fx.core.computeAgreement().compute(new ComputeAgreement.Request(List.of("Ann"),
                List.of(first.id()), List.of("COST_FRAME"), true), Progress.NONE);
        assertEquals(List.of("Ann", ComputeAgreement.MACHINE), report.raters());
        assertEquals(4, report.perCode().get(0).units(), "the machine rated every sentence of the analysed memo");
        assertEquals(Map.of("Ann", 2, "machine", 0), report.perCode().get(0).coded(),
                "COST_FRAME is no frame the machine knows, so it never gives it");
    }
}
