package org.memolens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.LibraryEntry;
import org.memolens.domain.Memo;
import org.memolens.ui.library.LibraryViewModel;

/** Edit > Undo and Redo over memo deletion and coding actions, whichever came last. */
class UndoHistoryTest {

    @TempDir
    Path dir;

    ResearchCore rc;
    LibraryViewModel library;
    UndoHistory undo;
    Memo memo;

    @BeforeEach
    void open() {
        rc = new ResearchCore(dir);
        memo = rc.memo("Coded memo", "We cut costs. Customers come first.");
        rc.core.manageCoders().add("Ann");
        library = new LibraryViewModel(rc.core.browseLibrary(), rc.core.organizeLibrary(), rc.core.importMemos(),
                rc.core.analyzeMemos(), rc.core.codebook(), rc.tasks, rc.reporter);
        undo = new UndoHistory(rc.core.codingSession(), library, rc.tasks, ResearchCore.INLINE, rc.reporter);
    }

    @AfterEach
    void close() {
        rc.close();
    }

    @Test
    void nothingToUndoAtFirst() {
        assertFalse(undo.canUndoProperty().get());
        assertFalse(undo.canRedoProperty().get());
        assertEquals("Undo", undo.undoLabelProperty().get());
    }

    @Test
    void theLabelsNameTheCodingActionAndUndoRedoRevertAndRepeatIt() {
        rc.core.codingSession().add(memo.id(), "EFFICIENCY", ResearchCore.span(memo.text(), "cut costs"), "");
        undo.codingPerformed();
        assertEquals("Undo code “cut costs” as EFFICIENCY", undo.undoLabelProperty().get());
        undo.undo();
        assertTrue(rc.core.codingSession().codings(memo.id()).isEmpty());
        assertEquals("Undone: code “cut costs” as EFFICIENCY", undo.doneProperty().get());
        assertEquals("Redo code “cut costs” as EFFICIENCY", undo.redoLabelProperty().get());
        assertFalse(undo.canUndoProperty().get());
        undo.redo();
        assertEquals(1, rc.core.codingSession().codings(memo.id()).size());
    }

    @Test
    void undoRevertsADeletionMadeAfterTheLastCodingThenTheCoding() {
        rc.core.codingSession().add(memo.id(), "EFFICIENCY", ResearchCore.span(memo.text(), "cut costs"), "");
        undo.codingPerformed();
        Memo doomed = rc.memo("Doomed", "This memo goes.");
        library.refresh();
        LibraryEntry entry = library.memos().stream().filter(e -> e.id() == doomed.id()).findFirst().orElseThrow();
        library.selectedProperty().set(entry);
        library.deleteSelection();
        assertEquals("Undo delete", undo.undoLabelProperty().get());

        undo.undo();
        assertTrue(rc.core.browseLibrary().search("").stream().anyMatch(m -> m.id() == doomed.id()), "the memo is back");
        assertEquals("Undo code “cut costs” as EFFICIENCY", undo.undoLabelProperty().get());
        undo.undo();
        assertEquals(List.of(), rc.core.codingSession().codings(memo.id()));
    }
}
