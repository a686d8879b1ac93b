package org.memolens.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.ModelChoice;
import org.memolens.ui.DeferredTaskRunner;
import org.memolens.ui.ResearchCore;
import org.memolens.ui.codebook.CodebookViewModel;
import org.memolens.ui.coding.CodersViewModel;

/** Training a frame model from codings and choosing it for analysis, with real OpenNLP training. */
class TrainingViewModelTest {

    static final List<String> COST = List.of("We must cut costs across every team.", "Our budget savings will fund growth.",
            "Lower costs keep the budget healthy.", "These savings reduce our operating costs.",
            "The budget needs deeper savings this year.", "Cutting costs protects the budget.");
    static final List<String> OTHER = List.of("The meeting starts at noon.", "Please read the attached note.",
            "Parking rules change next week.", "The cafeteria opens early on Monday.", "Thank you for reading.",
            "Questions go to the help desk.");

    @TempDir
    Path dir;

    ResearchCore rc;
    CodersViewModel coders;
    CodebookViewModel codebook;
    TrainingViewModel model;
    List<Memo> memos = new ArrayList<>();

    @BeforeEach
    void open() {
        rc = new ResearchCore(dir);
        Coder ann = rc.core.manageCoders().add("Ann");
        for (int m = 0; m < 3; m++) {
            Memo memo = rc.memo("Memo " + m, COST.get(2 * m) + " " + OTHER.get(2 * m) + " " + COST.get(2 * m + 1) + " "
                    + OTHER.get(2 * m + 1));
            memos.add(memo);
            for (int i = 2 * m; i < 2 * m + 2; i++) {
                rc.core.codingSession().addAs(ann.id(), memo.id(), "EFFICIENCY", ResearchCore.span(memo.text(), COST.get(i)), "");
            }
            rc.core.codingSession().addAs(ann.id(), memo.id(), "PROCEDURE", ResearchCore.span(memo.text(), OTHER.get(2 * m)), "");
        }
        rc.core.codingSession().addAs(ann.id(), memos.get(0).id(), "OPPORTUNITY",
                ResearchCore.span(memos.get(0).text(), "fund growth"), "");
        coders = new CodersViewModel(rc.core.manageCoders(), rc.tasks, rc.reporter);
        codebook = new CodebookViewModel(rc.core.manageCodebook(), rc.tasks, rc.reporter);
        coders.reload();
        codebook.reload();
        model = new TrainingViewModel(rc.core.trainFrameModel(), coders, codebook.codebookProperty(), rc.tasks,
                ResearchCore.INLINE, rc.reporter);
    }

    @AfterEach
    void close() {
        rc.close();
    }

    @Test
    void theScoresPerCodeAndTheCodesLeftOutAreShownBeforeTheModelCanBeUsed() {
        assertNull(model.reportProperty().get());
        assertEquals(List.of("Ann"), model.coders().stream().map(c -> c.label()).toList());
        model.nameProperty().set("cost-study");
        model.train();
        assertTrue(rc.errors.isEmpty(), rc.errors.toString());
        assertNotNull(model.reportProperty().get());
        assertEquals(List.of("efficiency and cost", "process and logistics"), model.scores().stream().map(ScoreRow::name).toList());
        ScoreRow efficiency = model.scores().get(0);
        assertEquals("6", efficiency.support());
        assertTrue(Double.parseDouble(efficiency.f1()) > 0.5, efficiency.toString());
        assertEquals("Left out (too few coded sentences): opportunity and growth", model.skippedProperty().get());
        assertTrue(model.summaryProperty().get().startsWith("Model “cost-study”: 3 memo(s), 12 sentences, 5-fold"),
                model.summaryProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aBadNameOrNoCoderIsExplainedAndNothingIsStored() {
        model.nameProperty().set("shipped");
        model.train();
        assertEquals(1, rc.errors.size());
        assertTrue(rc.errors.get(0).contains("cannot name a model"), rc.errors.get(0));
        model.coders().get(0).chosenProperty().set(false);
        model.nameProperty().set("ok");
        model.train();
        assertEquals("Tick at least one coder.", model.summaryProperty().get());
        assertTrue(rc.core.userModels().list().isEmpty());
    }

    @Test
    void cancellingStopsTrainingAndStoresNothing() {
        DeferredTaskRunner deferred = new DeferredTaskRunner();
        TrainingViewModel slow = new TrainingViewModel(rc.core.trainFrameModel(), coders, codebook.codebookProperty(), deferred,
                ResearchCore.INLINE, rc.reporter);
        slow.nameProperty().set("never");
        slow.train();
        assertTrue(slow.runningProperty().get());
        slow.cancel();
        assertFalse(slow.runningProperty().get());
        assertEquals("Training cancelled; nothing was stored.", slow.progress().messageProperty().get());
        deferred.runAll();
        assertTrue(rc.core.userModels().list().isEmpty());
        assertNull(slow.reportProperty().get());
        assertTrue(rc.errors.isEmpty(), rc.errors.toString());
    }

    @Test
    void theTrainedModelIsOfferedBesideTheShippedOneAndReanalysesAMemo() {
        model.nameProperty().set("cost-study");
        model.train();
        ModelChoiceViewModel choice = new ModelChoiceViewModel(rc.core.userModels(), rc.core.analyzeMemos(),
                rc.core.browseLibrary(), codebook.codebookProperty(), rc.tasks, rc.reporter);
        choice.reload();
        assertEquals(List.of("shipped", "cost-study"), choice.models().stream().map(ModelChoiceViewModel.ModelRow::name).toList());
        assertTrue(choice.models().get(1).description().startsWith("Trained from the codings of Ann on 12 sentences"),
                choice.models().get(1).description());
        assertEquals(2, choice.models().get(1).scores().size());

        MemoAnalysis[] result = new MemoAnalysis[1];
        choice.reanalyse(memos.get(1).id(), "cost-study", (memo, analysis) -> result[0] = analysis);
        assertTrue(result[0].run().components().get(ModelChoice.COMPONENT).startsWith("user:cost-study sha256:"));
        assertTrue(result[0].sentences().stream().anyMatch(s -> s.frames().stream().anyMatch(f -> f.code().equals("EFFICIENCY"))),
                "the model finds the code it was taught in a memo it was trained on");
        assertEquals(result[0].run().id(), rc.core.browseLibrary().open(memos.get(1).id()).orElseThrow().analysis().orElseThrow()
                .run().id(), "stored as the memo's newest run");
    }
}
