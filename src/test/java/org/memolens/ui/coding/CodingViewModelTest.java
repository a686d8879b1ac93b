package org.memolens.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Coding;
import org.memolens.domain.Memo;
import org.memolens.domain.TextSpan;
import org.memolens.ui.HandBuilt;
import org.memolens.ui.ResearchCore;
import org.memolens.ui.UndoHistory;
import org.memolens.ui.codebook.CodebookViewModel;
import org.memolens.ui.library.LibraryViewModel;
import org.memolens.ui.memo.LoadedMemo;
import org.memolens.ui.memo.TextMark;

/** Coding the memo on show, as two coders, with suggestions and undo, on a real database without a window. */
class CodingViewModelTest {

    @TempDir
    Path dir;

    ResearchCore rc;
    Memo memo;
    CodersViewModel coders;
    CodebookViewModel codebook;
    CodingViewModel model;
    UndoHistory undo;
    final ReadOnlyObjectWrapper<LoadedMemo> shown = new ReadOnlyObjectWrapper<>();

    @BeforeEach
    void open() {
        rc = new ResearchCore(dir);
        memo = rc.handBuilt();
        coders = new CodersViewModel(rc.core.manageCoders(), rc.tasks, rc.reporter);
        codebook = new CodebookViewModel(rc.core.manageCodebook(), rc.tasks, rc.reporter);
        LibraryViewModel library = new LibraryViewModel(rc.core.browseLibrary(), rc.core.organizeLibrary(),
                rc.core.importMemos(), rc.core.analyzeMemos(), rc.core.codebook(), rc.tasks, rc.reporter);
        undo = new UndoHistory(rc.core.codingSession(), library, rc.tasks, ResearchCore.INLINE, rc.reporter);
        model = new CodingViewModel(rc.core.codingSession(), rc.core.frameSuggestions(), coders, codebook.codebookProperty(),
                shown.getReadOnlyProperty(), rc.tasks, ResearchCore.INLINE, rc.reporter, undo::codingPerformed);
        codebook.reload();
        coders.addAndActivate("Ann");
        shown.set(LoadedMemo.of(memo, HandBuilt.analysis(memo.id())));
    }

    @AfterEach
    void close() {
        rc.close();
    }

    private void select(String quote) {
        model.selectionProperty().set(ResearchCore.span(memo.text(), quote));
    }

    private List<Coding> stored() {
        return rc.core.codingSession().codings(memo.id());
    }

    @Test
    void theSelectedTextIsCodedAsTheActiveCoderWithANoteAndListedWithCodeCoderQuoteAndNote() {
        select("200 roles will be eliminated");
        model.code("EFFICIENCY", " cost framing ");

        assertEquals(1, stored().size());
        CodingRow row = model.codings().get(0);
        assertEquals("efficiency and cost", row.codeName());
        assertEquals("Ann", row.coderName());
        assertEquals("200 roles will be eliminated", row.quote());
        assertEquals("cost framing", row.note());
        assertEquals("#ddcc77", row.colour());
        assertTrue(model.statusProperty().get().startsWith("Coded “200 roles"), model.statusProperty().get());
        TextMark mark = model.marksProperty().get().stream().filter(m -> m.code() != null).findFirst().orElseThrow();
        assertEquals(List.of("coding", "code-EFFICIENCY"), mark.styleClasses());
        assertEquals(memo.text().indexOf("200 roles"), mark.start());
        assertTrue(rc.errors.isEmpty(), rc.errors.toString());
    }

    @Test
    void numberKeysCodeWithTheCodesInTreeOrderAndNothingIsCodedWithoutASelection() {
        model.codeNumber(1);
        assertTrue(stored().isEmpty());
        assertEquals("Select some text in the memo first.", model.statusProperty().get());

        select("we failed you");
        model.codeNumber(2);
        assertEquals(model.codes().get(1).id(), stored().get(0).code());
        assertEquals(2, model.codes().get(1).number());
        assertEquals(0, model.codes().get(9).number(), "only the first nine codes have a key");
    }

    @Test
    void everyCodingActionIsUndoneAndRedoneThroughEditUndoWithItsDescription() {
        select("excited about our future");
        model.code("OPPORTUNITY", "");
        assertEquals("Undo code “excited about our future” as OPPORTUNITY", undo.undoLabelProperty().get());
        CodingRow row = model.codings().get(0);
        model.editNote(row, "hope as a frame");
        assertEquals("hope as a frame", stored().get(0).note());
        assertTrue(undo.undoLabelProperty().get().startsWith("Undo edit the note"), undo.undoLabelProperty().get());

        select("we are excited");
        model.resizeToSelection(model.codings().get(0));
        assertEquals("we are excited", stored().get(0).quote());
        model.remove(model.codings().get(0));
        assertTrue(stored().isEmpty());
        assertTrue(model.codings().isEmpty());

        undo.undo();
        assertEquals("we are excited", stored().get(0).quote(), "undo brings the removed coding back");
        undo.undo();
        undo.undo();
        assertEquals("excited about our future", stored().get(0).quote());
        assertEquals("", stored().get(0).note());
        assertTrue(undo.redoLabelProperty().get().startsWith("Redo edit the note"), undo.redoLabelProperty().get());
        undo.redo();
        assertEquals("hope as a frame", model.codings().get(0).note(), "the panel follows undo and redo");
    }

    @Test
    void oneCoderSeveralOrAllAreShown() {
        select("we failed you");
        model.code("ACCOUNTABILITY", "");
        coders.addAndActivate("Bob");
        select("200 roles");
        model.code("EFFICIENCY", "");
        assertEquals(List.of("Ann", "Bob"), model.codings().stream().map(CodingRow::coderName).sorted().toList());

        long bob = coders.activeProperty().get().id();
        model.showAllCodersProperty().set(false);
        model.shownCoders().add(bob);
        assertEquals(List.of("Bob"), model.codings().stream().map(CodingRow::coderName).toList());
        assertEquals(1, model.marksProperty().get().stream().filter(m -> m.code() != null).count());
        model.shownCoders().clear();
        assertTrue(model.codings().isEmpty());
        model.showAllCodersProperty().set(true);
        assertEquals(2, model.codings().size());
    }

    @Test
    void suggestionsAreAcceptedAndRejectedInOneStepAndTheFocusMovesOn() {
        assertEquals(List.of("OPPORTUNITY", "EFFICIENCY", "ACCOUNTABILITY", "CARE_SUPPORT"),
                model.suggestions().stream().map(s -> s.suggestion().code()).toList());
        model.acceptSuggestion();
        assertEquals("Press N to go to the next suggestion first.", model.statusProperty().get());

        model.nextSuggestion();
        assertEquals(0, model.currentSuggestionProperty().get());
        assertEquals(ResearchCore.span(memo.text(), "Dear team, we are excited about our future."), model.revealProperty().get());
        assertTrue(model.marksProperty().get().stream().anyMatch(m -> m.styleClasses().contains("suggestion-current")));
        model.acceptSuggestion();
        assertEquals("Dear team, we are excited about our future.", stored().get(0).quote(), "the whole sentence is coded");
        assertEquals(3, model.suggestions().size());
        assertEquals("EFFICIENCY", model.suggestions().get(model.currentSuggestionProperty().get()).suggestion().code(),
                "the next suggestion is in focus");

        model.rejectSuggestion();
        assertEquals(List.of("ACCOUNTABILITY", "CARE_SUPPORT"), model.suggestions().stream().map(s -> s.suggestion().code()).toList());
        model.reload();
        assertEquals(2, model.suggestions().size(), "a rejection is remembered");
        assertTrue(undo.undoLabelProperty().get().startsWith("Undo reject EFFICIENCY"));
        undo.undo();
        assertEquals(3, model.suggestions().size(), "undoing the rejection offers it again");

        coders.addAndActivate("Bob");
        assertEquals(4, model.suggestions().size(), "another coder gets every suggestion");
        assertEquals(-1, model.currentSuggestionProperty().get());
    }

    @Test
    void hidingSuggestionsHidesTheirMarksAndOneKeyDoesNothing() {
        model.nextSuggestion();
        model.showSuggestionsProperty().set(false);
        assertTrue(model.marksProperty().get().stream().noneMatch(m -> m.styleClasses().contains("suggestion")));
        model.acceptSuggestion();
        assertTrue(stored().isEmpty());
    }

    @Test
    void anotherMemoClearsTheSelectionAndShowsItsOwnCodings() {
        select("we failed you");
        model.code("ACCOUNTABILITY", "");
        Memo other = rc.memo("Other", "A short memo about budgets. Nothing else happens here.");
        shown.set(LoadedMemo.of(other, new org.memolens.domain.MemoAnalysis(HandBuilt.analysis(other.id()).run(), List.of())));
        assertNull(model.selectionProperty().get());
        assertTrue(model.codings().isEmpty());
        assertTrue(model.suggestions().isEmpty());
        model.selectionProperty().set(new TextSpan(2, 7));
        model.code("EFFICIENCY", "");
        assertEquals("short", model.codings().get(0).quote());
        assertFalse(model.needsCoder());
    }
}
