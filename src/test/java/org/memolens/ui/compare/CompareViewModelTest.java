package org.memolens.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.app.DirectTaskRunner;
import org.memolens.app.MemoLensCore;
import org.memolens.app.Progress;
import org.memolens.research.Comparison;

class CompareViewModelTest {

    @TempDir
    Path dir;

    private MemoLensCore core;
    private final List<String> errors = new ArrayList<>();
    private CompareViewModel model;

    @BeforeEach
    void open() {
        core = MemoLensCore.open(dir.resolve("cmp.db"));
        model = new CompareViewModel(core.compareMemos(), core.codebook(), new DirectTaskRunner(), (t, m) -> errors.add(m));
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void twoStoredMemosAreComparedAndAClickedWordIsFoundOccurrenceByOccurrence() {
        var report = core.importMemos().importFiles(List.of(Path.of("assets/samples/ai-strategy-memo.txt"),
                Path.of("assets/samples/restructuring-memo.txt")), Progress.NONE);
        List<Long> ids = report.imported().stream().map(i -> i.memo().id()).toList();
        assertTrue(model.compare(ids));
        assertTrue(errors.isEmpty(), errors.toString());
        Comparison c = model.comparisonProperty().get();
        assertEquals(2, c.memos().size());
        assertEquals("words", model.rows().get(0).key());
        assertFalse(c.distinctive().get(1).isEmpty());

        String word = c.distinctive().get(1).get(0).word();
        model.find(1, word);
        CompareViewModel.Found first = model.foundProperty().get();
        String text = c.memos().get(1).memo().text();
        assertEquals(word, text.substring(first.start(), first.end()).toLowerCase());
        model.find(1, word);
        CompareViewModel.Found second = model.foundProperty().get();
        assertTrue(first.occurrences() == 1 ? second.start() == first.start() : second.start() > first.start());
    }

    @Test
    void oneMemoIsNotEnoughAndTheUserIsToldWhatToDo() {
        assertFalse(model.compare(List.of(1L)));
        assertTrue(errors.get(0).contains("at least two"));
        assertNull(model.comparisonProperty().get());
    }
}
