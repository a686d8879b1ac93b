package org.memolens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.memolens.domain.LibraryEntry;
import org.memolens.domain.MemoMetadata;
import org.memolens.ingest.Fixtures;
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
        library = new LibraryViewModel(core.browseLibrary(), core.organizeLibrary(), core.importMemos(),
                core.analyzeMemos(), core.codebook(), tasks, (title, message) -> errors.add(message));
        memo = new MemoViewModel(core.browseLibrary(), core.analyzeMemos(), core.codebook(), tasks,
                (title, message) -> errors.add(message));
    }

    @AfterEach
    void close() {
        core.close();
    }

    private List<String> titles() {
        return library.memos().stream().map(LibraryEntry::title).toList();
    }

    @Test
    void aPastedMemoIsListedWithItsFiguresSelectedAndShownAsNumberedSentences() {
        library.paste("Reorg", "COO", LocalDate.of(2025, 5, 1), "We are merging two teams. Nobody loses a job.");
        assertTrue(errors.isEmpty(), errors.toString());
        LibraryEntry selected = library.selectedProperty().get();
        assertEquals("Reorg", selected.title());
        assertEquals(List.of(selected), library.memos());
        assertEquals(2, selected.figures().sentences(), "figures stored with the analysis");

        memo.show(selected.id());
        assertEquals("Reorg", memo.titleProperty().get());
        assertTrue(memo.detailsProperty().get().contains("COO"));
        assertEquals(List.of("We are merging two teams.", "Nobody loses a job."),
                memo.sentences().stream().map(SentenceRow::text).toList());
        assertEquals(26, memo.sentences().get(1).start());
        assertEquals("Reorg", memo.loadedProperty().get().memo().title());
    }

    @Test
    void fullTextSearchNarrowsTheList() {
        library.paste("AI memo", "", null, "Generative AI changes our work.");
        library.paste("RTO memo", "", null, "We return to the office five days a week.");
        library.searchTextProperty().set("offic");
        library.refresh();
        assertEquals(List.of("RTO memo"), titles());
    }

    @Test
    void filesOfEveryFormatImportAndBadOnesAreReportedInOneMessage() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "A fine memo.");
        Path docx = Fixtures.docx(dir.resolve("word.docx"), "Word memo", "HR", List.of("Teams will merge."));
        Path pdf = Fixtures.pdf(dir.resolve("p.pdf"), "PDF memo", "CFO", List.of("Budgets are frozen."));
        Path eml = Fixtures.eml(dir.resolve("m.eml"), "ceo@example.com", "Mail memo", "Mon, 3 Nov 2025 09:00:00 +0000",
                "Offices reopen.", "<p>Offices reopen.</p>");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        library.importFiles(List.of(good, docx, pdf, eml, empty, dir.resolve("gone.txt")));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("empty") && errors.get(0).contains("No such file"), errors.get(0));
        assertEquals(List.of("Mail memo", "PDF memo", "Word memo", "good").stream().sorted().toList(),
                titles().stream().sorted().toList());
        assertTrue(library.noticeProperty().get().contains("4 new memo(s) of 4"), library.noticeProperty().get());
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

    @Test
    void deleteHidesTheSelectedMemosAndUndoBringsThemBack() {
        library.paste("Keep", "", null, "Stay.");
        library.paste("Drop", "", null, "Leave.");
        library.selection().setAll(library.memos().stream().filter(m -> m.title().equals("Drop")).toList());
        library.deleteSelection();
        assertEquals(List.of("Keep"), titles());
        assertTrue(library.canUndoProperty().get());
        library.undoDelete();
        assertEquals(List.of("Drop", "Keep"), titles().stream().sorted().toList());
        assertFalse(library.canUndoProperty().get());
        assertEquals("Drop", library.selectedProperty().get().title(), "the restored memo is selected");
    }

    @Test
    void collectionsFilterTheLibraryAndMetadataCanBeEdited() {
        library.paste("Amazon memo", "", null, "Amazon text.");
        library.paste("Other memo", "", null, "Other text.");
        LibraryEntry amazon = library.memos().stream().filter(m -> m.title().equals("Amazon memo")).findFirst().orElseThrow();
        library.selection().setAll(List.of(amazon));
        library.addSelectionToCollection("Amazon 2025");
        assertEquals(List.of("Amazon 2025"), library.collections());
        library.collectionProperty().set("Amazon 2025");
        assertEquals(List.of("Amazon memo"), titles());

        library.updateMetadata(amazon.id(), new MemoMetadata("Amazon layoffs", "Andy", LocalDate.of(2025, 10, 28), null));
        assertEquals(List.of("Amazon layoffs"), titles());
        assertEquals("Andy", library.memos().get(0).memo().metadata().author());
        library.collectionProperty().set(null);
        assertEquals(2, library.memos().size());
    }
}
