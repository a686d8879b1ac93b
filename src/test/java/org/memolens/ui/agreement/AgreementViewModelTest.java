package org.memolens.ui.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Coder;
import org.memolens.domain.Memo;
import org.memolens.domain.TextSpan;
import org.memolens.ui.ResearchCore;
import org.memolens.ui.codebook.CodebookViewModel;
import org.memolens.ui.coding.CodersViewModel;

/** The agreement window's model over two real coders' codings, without a window. */
class AgreementViewModelTest {

    static final String TEXT = "We must cut costs now. Customers deserve better. Thank you all. The plan starts Monday.";

    @TempDir
    Path dir;

    ResearchCore rc;
    AgreementViewModel model;
    Memo memo;
    Coder ann;
    Coder bob;

    @BeforeEach
    void open() {
        rc = new ResearchCore(dir);
        memo = rc.memo("Memo", TEXT);
        ann = rc.core.manageCoders().add("Ann");
        bob = rc.core.manageCoders().add("Bob");
        code(ann, "EFFICIENCY", "cut costs");
        code(bob, "EFFICIENCY", "We must cut");
        code(ann, "MISSION_CUSTOMER", "Customers deserve better");
        code(bob, "CARE_SUPPORT", "Thank you all");
        CodersViewModel coders = new CodersViewModel(rc.core.manageCoders(), rc.tasks, rc.reporter);
        CodebookViewModel codebook = new CodebookViewModel(rc.core.manageCodebook(), rc.tasks, rc.reporter);
        model = new AgreementViewModel(rc.core.computeAgreement(), rc.core.browseLibrary(), coders, codebook.codebookProperty(),
                rc.tasks, ResearchCore.INLINE, rc.reporter);
        coders.reload();
        codebook.reload();
        model.refresh();
    }

    @AfterEach
    void close() {
        rc.close();
    }

    private void code(Coder coder, String code, String quote) {
        rc.core.codingSession().addAs(coder.id(), memo.id(), code, ResearchCore.span(TEXT, quote), "");
    }

    @Test
    void theTableHasALinePerCodeAndAnOverallLineWithEveryStatistic() {
        assertEquals(List.of("Ann", "Bob"), model.raters().stream().map(c -> c.label()).toList());
        model.compute();
        assertTrue(rc.errors.isEmpty(), rc.errors.toString());
        assertEquals(List.of("efficiency and cost", "mission and customers", "care and support", "Overall (all codes pooled)"),
                model.results().stream().map(AgreementRow::name).toList());
        AgreementRow efficiency = model.results().get(0);
        assertEquals("4", efficiency.units());
        assertEquals("100.0%", efficiency.percent());
        assertEquals("1.000", efficiency.cohen());
        assertEquals("1.000 (4)", efficiency.fleiss());
        assertEquals("1.000", efficiency.alpha());
        assertEquals("0.000", model.results().get(1).cohen(), "Ann alone coded it once: agreement at chance level");
        AgreementRow overall = model.results().get(3);
        assertTrue(overall.overall());
        assertEquals("12", overall.units());
        assertEquals("83.3%", overall.percent());
        assertEquals("Ann 2 · Bob 2", overall.coded());
        assertTrue(model.summaryProperty().get().startsWith("2 raters, 1 memo(s), 4 sentences, 3 code(s); 2 sentence(s)"),
                model.summaryProperty().get());
    }

    @Test
    void disagreementsShowEachRatersCodesSideBySideAndOpenTheSentence() {
        List<Object[]> opened = new ArrayList<>();
        model.setOpener((memoId, span) -> opened.add(new Object[] {memoId, span}));
        model.compute();
        assertEquals(List.of("Ann", "Bob"), model.raterNames());
        DisagreementRow first = model.disagreements().get(0);
        assertEquals(2, first.sentence());
        assertEquals("Customers deserve better.", first.text());
        assertEquals(List.of("mission and customers", ""), first.codes());
        assertEquals(List.of("", "care and support"), model.disagreements().get(1).codes());
        model.open(first);
        assertEquals(memo.id(), (long) opened.get(0)[0]);
        assertEquals(ResearchCore.span(TEXT, "Customers deserve better."), (TextSpan) opened.get(0)[1]);
    }

    @Test
    void chosenCodesAndMemosNarrowTheComparison() {
        model.allCodesProperty().set(false);
        model.compute();
        assertEquals("Tick at least one memo and one code, or choose All.", model.summaryProperty().get());
        for (String code : List.of("EFFICIENCY", "PROCEDURE")) {
            model.codes().stream().filter(c -> c.value().code().equals(code)).findFirst().orElseThrow().chosenProperty().set(true);
        }
        model.allMemosProperty().set(false);
        model.memos().get(0).chosenProperty().set(true);
        model.compute();
        assertEquals(List.of("EFFICIENCY", "PROCEDURE", "(all codes)"), model.results().stream().map(AgreementRow::code).toList());
        AgreementRow unused = model.results().get(1);
        assertEquals(List.of("n/a", "n/a", "100.0%"), List.of(unused.cohen(), unused.alpha(), unused.percent()),
                "nobody used the code: kappa and alpha are undefined");
        assertTrue(model.disagreements().isEmpty());
    }

    @Test
    void oneRaterIsNotEnoughButOneCoderAndTheMachineAre() {
        model.raters().get(1).chosenProperty().set(false);
        model.compute();
        assertEquals("Choose two coders, or one coder and the machine.", model.summaryProperty().get());
        assertTrue(model.results().isEmpty());
        model.machineProperty().set(true);
        model.compute();
        assertEquals(List.of("Ann", "machine"), model.raterNames());
    }

    @Test
    void undefinedStatisticsReadNotAvailable() {
        assertEquals("n/a", AgreementRow.number(Double.NaN));
        assertEquals("0.430", AgreementRow.number(0.4302));
        assertEquals("-0.100", AgreementRow.number(-0.1));
        assertEquals("n/a", AgreementRow.percent(Double.NaN));
    }
}
