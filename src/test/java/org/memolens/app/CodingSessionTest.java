package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.CodeSuggestion;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.DetectorSource;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.TextSpan;

class CodingSessionTest {

    static final String TEXT = "We are reducing costs across teams. Customers come first. Thank you 🙏 for everything.";

    @TempDir
    Path dir;

    ResearchFixture fx;
    CodingSession session;
    Memo memo;
    Coder ann;

    @BeforeEach
    void open() {
        fx = new ResearchFixture(dir);
        fx.codes("COST_FRAME", "CUSTOMER_FRAME");
        session = fx.core.codingSession();
        memo = fx.memo("Update", TEXT);
        ann = fx.core.manageCoders().add("Ann");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    List<Coding> stored() {
        return session.codings(memo.id());
    }

    @Test
    void addingNeedsAnActiveCoderAndTheFirstCoderBecomesActive() {
        assertTrue(ann.active());
        Coding c = session.add(memo.id(), "COST_FRAME", ResearchFixture.span(TEXT, "reducing costs"), " why now? ");
        assertEquals(ann.id(), c.coderId());
        assertEquals("reducing costs", c.quote());
        assertEquals("why now?", c.note());
        fx.core.manageCoders().add("Bob");
        assertEquals("Ann", fx.core.manageCoders().requireActive().name(), "adding a second coder keeps the active one");
    }

    @Test
    void undoAndRedoAddKeepTheSameCodingId() {
        Coding c = session.add(memo.id(), "COST_FRAME", ResearchFixture.span(TEXT, "reducing costs"), "");
        assertEquals(Optional.of("code \u201creducing costs\u201d as COST_FRAME"), session.nextUndo());

        assertTrue(session.undo().isPresent());
        assertTrue(stored().isEmpty());
        assertTrue(session.canRedo());

        session.redo();
        assertEquals(List.of(c), stored());
    }

    @Test
    void everyActionCanBeUndoneAndRedoneInOrder() {
        TextSpan cost = ResearchFixture.span(TEXT, "reducing costs");
        Coding added = session.add(memo.id(), "COST_FRAME", cost, "first");
        Coding noted = session.editNote(added.id(), "second");
        Coding moved = session.moveSpan(added.id(), ResearchFixture.span(TEXT, "We are reducing costs across teams."));
        session.remove(added.id());
        assertTrue(stored().isEmpty());

        session.undo(); // remove
        assertEquals(List.of(moved), stored());
        session.undo(); // move
        assertEquals(List.of(noted), stored());
        session.undo(); // note
        assertEquals(List.of(added), stored());
        session.undo(); // add
        assertTrue(stored().isEmpty());
        assertFalse(session.canUndo());

        session.redo();
        session.redo();
        session.redo();
        assertEquals(List.of(moved), stored());
        assertEquals("second", stored().get(0).note());
        session.redo();
        assertTrue(stored().isEmpty());
        assertFalse(session.canRedo());
    }

    @Test
    void aNewActionAfterUndoClearsRedo() {
        session.add(memo.id(), "COST_FRAME", ResearchFixture.span(TEXT, "reducing costs"), "");
        session.undo();
        session.add(memo.id(), "CUSTOMER_FRAME", ResearchFixture.span(TEXT, "Customers come first."), "");
        assertFalse(session.canRedo());
        assertEquals(1, stored().size());
    }

    @Test
    void aRefusedActionChangesNeitherTheDatabaseNorTheHistory() {
        TextSpan cost = ResearchFixture.span(TEXT, "reducing costs");
        session.add(memo.id(), "COST_FRAME", cost, "");
        assertThrows(InvalidInputException.class, () -> session.add(memo.id(), "COST_FRAME", cost, "again"));
        int emoji = TEXT.indexOf("🙏");
        assertThrows(InvalidInputException.class, () -> session.add(memo.id(), "COST_FRAME", new TextSpan(emoji, emoji + 1), ""));
        assertThrows(InvalidInputException.class, () -> session.add(memo.id(), "NO_SUCH_CODE", cost, ""));
        assertEquals(1, stored().size());
        session.undo();
        assertFalse(session.canUndo());
    }

    @Test
    void acceptingASuggestionCodesTheSentenceAndRejectingItIsUndoable() {
        TextSpan sentence = ResearchFixture.span(TEXT, "Customers come first.");
        CodeSuggestion suggestion = new CodeSuggestion(memo.id(), "CUSTOMER_FRAME", sentence, 0.8, DetectorSource.RULE);
        Coding accepted = session.accept(suggestion);
        assertEquals(sentence, accepted.span());
        session.undo();
        assertTrue(stored().isEmpty());

        var analysis = ResearchFixture.analysisWithFrames(memo, java.util.Map.of("Customers come first.", "CUSTOMER_FRAME"));
        FrameSuggestions suggestions = fx.core.frameSuggestions();
        List<CodeSuggestion> offered = suggestions.forAnalysis(analysis, ann.id());
        assertEquals(1, offered.size());
        assertEquals(sentence, offered.get(0).span());
        assertEquals("CUSTOMER_FRAME", offered.get(0).code());
        session.reject(suggestion);
        assertTrue(suggestions.forAnalysis(analysis, ann.id()).isEmpty(), "a rejected suggestion is not offered again");
        session.undo();
        assertEquals(1, suggestions.forAnalysis(analysis, ann.id()).size());
        session.redo();
        assertTrue(suggestions.forAnalysis(analysis, ann.id()).isEmpty());
        assertEquals(Optional.of("reject CUSTOMER_FRAME"), session.nextUndo());
    }

    @Test
    void listenersHearEveryChange() {
        AtomicInteger calls = new AtomicInteger();
        session.addListener(calls::incrementAndGet);
        session.add(memo.id(), "COST_FRAME", ResearchFixture.span(TEXT, "reducing costs"), "");
        session.undo();
        session.redo();
        assertEquals(3, calls.get());
    }

    @Test
    void switchingTheActiveCoderAttributesNewCodingsToThem() {
        Coder bob = fx.core.manageCoders().add("Bob");
        fx.core.manageCoders().activate(bob.id());
        Coding c = session.add(memo.id(), "COST_FRAME", ResearchFixture.span(TEXT, "reducing costs"), "");
        assertEquals(bob.id(), c.coderId());
        assertEquals(List.of(c), session.codings(memo.id(), List.of(bob.id())));
        assertTrue(session.codings(memo.id(), List.of(ann.id())).isEmpty());
    }
}
