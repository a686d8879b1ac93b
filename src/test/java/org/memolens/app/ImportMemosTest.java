package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.ImportedMemo;
import org.memolens.domain.InvalidInputException;
import org.memolens.ingest.MemoFileReader;
import org.memolens.store.Database;
import org.memolens.store.SqliteMemoRepository;

class ImportMemosTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteMemoRepository memos;
    private ImportMemos importMemos;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("lib.db"));
        memos = new SqliteMemoRepository(db, Clock.systemUTC());
        importMemos = new ImportMemos(new MemoFileReader(), memos);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBadFileIsReportedAndTheOthersStillImport() throws IOException {
        Path good1 = Files.writeString(dir.resolve("one.txt"), "First memo.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   ");
        Path good2 = Files.writeString(dir.resolve("two.md"), "# Second\n\nSecond memo.");
        List<String> messages = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messages.add(done + "/" + total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ImportReport report = importMemos.importFiles(List.of(good1, empty, dir.resolve("missing.txt"), good2), progress);
        assertEquals(2, report.imported().size());
        assertEquals(List.of(empty, dir.resolve("missing.txt")), report.problems().stream().map(FileProblem::file).toList());
        assertEquals(2, memos.count());
        assertEquals("4/4", messages.get(messages.size() - 1));
    }

    @Test
    void cancellingStopsBeforeTheNextFile() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "A.");
        Path b = Files.writeString(dir.resolve("b.txt"), "B.");
        Progress cancelAfterFirst = new Progress() {
            private int calls;

            @Override
            public void update(long done, long total, String message) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls >= 1;
            }
        };
        ImportReport report = importMemos.importFiles(List.of(a, b), cancelAfterFirst);
        assertTrue(report.cancelled());
        assertEquals(1, memos.count());
    }

    @Test
    void pastedTextUsesTypedMetadataAndFallsBackToItsHeader() {
        ImportedMemo typed = importMemos.importText("Typed title", "", LocalDate.of(2025, 2, 3),
                "From: Header Author\nTitle: Header title\n\nBody text.");
        assertEquals("Typed title", typed.memo().title());
        assertEquals("Header Author", typed.memo().metadata().author());
        assertEquals(LocalDate.of(2025, 2, 3), typed.memo().metadata().date());
        assertEquals("Body text.", typed.memo().text());
        assertEquals("pasted", typed.memo().metadata().source());

        ImportedMemo untitled = importMemos.importText(" ", null, null, "Just a body.");
        assertEquals("Untitled memo", untitled.memo().title());
    }

    @Test
    void pastingWhitespaceStoresNothing() {
        assertThrows(InvalidInputException.class, () -> importMemos.importText("T", "A", null, " \n "));
        assertEquals(0, memos.count());
        assertFalse(memos.search("").iterator().hasNext());
    }
}
