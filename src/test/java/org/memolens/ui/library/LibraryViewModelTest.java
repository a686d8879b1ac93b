package org.memolens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.app.DirectTaskRunner;
import org.memolens.app.MemoLensCore;
import org.memolens.domain.MemoSummary;
import org.memolens.ui.memo.MemoViewModel;
import org.memolens.ui.memo.SentenceRow;

/** The library and memo view models on a real core, without a window: jobs run inline. */
class LibraryViewModelTest {

    @TempDir
    Path dir;

    private MemoLensCore core;
    private final List<String> errors = new ArrayList<>();
    private LibraryViewModel library;
    private MemoViewModel memo;

    @BeforeEach
    void open() {
        core = MemoLensCore.open(dir.resolve("vm.db"));
        DirectTaskRunner tasks = new DirectTaskRunner();
        library = new LibraryViewModel(core.browseLibrary(), core.importMemos(), core.analyzeMemos(), tasks,
                (title, message) -> errors.add(message));
        memo = new MemoViewModel(core.browseLibrary(), core.analyzeMemos(), tasks, (title, message) -> errors.add(message));
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aPastedMemoIsListedSelectedAndShownAsNumberedSentences() {
        library.paste("Reorg", "COO", LocalDate.of(2025, 5, 1), "We are merging two teams. Nobody loses a job.");
        assertTrue(errors.isEmpty(), errors.toString());
        MemoSummary selected = library.selectedProperty().get();
        assertEquals("Reorg", selected.title());
        assertEquals(List.of(selected), library.memos());

        memo.show(selected.id());
        assertEquals("Reorg", memo.titleProperty().get());
        assertTrue(memo.detailsProperty().get().contains("COO"));
        assertEquals(List.of(new SentenceRow(1, 0, 25, "We are merging two teams."),
                new SentenceRow(2, 26, 45, "Nobody loses a job.")), memo.sentences());
    }

    @Test
    void searchNarrowsTheList() {
        library.paste("AI memo", "", null, "Generative AI changes our work.");
        library.paste("RTO memo", "", null, "We return to the office five days a week.");
        library.searchTextProperty().set("office");
        library.refresh();
        assertEquals(List.of("RTO memo"), library.memos().stream().map(MemoSummary::title).toList());
    }

    @Test
    void badFilesAreReportedInOneMessageWhileGoodOnesImport() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "A fine memo.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        library.importFiles(List.of(good, empty, dir.resolve("gone.txt")));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("empty") && errors.get(0).contains("No such file"), errors.get(0));
        assertEquals(List.of("good"), library.memos().stream().map(MemoSummary::title).toList());
    }

    @Test
    void pastingOnlyWhitespaceIsReportedAndStoresNothing() {
        library.paste("T", "", null, "   ");
        assertEquals(1, errors.size());
        library.refresh();
        assertTrue(library.memos().isEmpty());
        assertNull(library.selectedProperty().get());
    }

    @Test
    void aNonEnglishMemoShowsANoticeInsteadOfAnalysis() {
        library.paste("Nota", "", null, "Queridos colegas, vamos a reorganizar nuestros equipos este año y les "
                + "agradecemos su compromiso y su trabajo.");
        memo.show(library.selectedProperty().get().id());
        assertTrue(memo.noticeProperty().get().contains("spa"), memo.noticeProperty().get());
        assertTrue(memo.sentences().isEmpty());
    }
}
