package org.memolens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.ImportedMemo;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.MemoSummary;
import org.memolens.domain.NewMemo;

class SqliteMemoRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteMemoRepository memos;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("memos.db"));
        memos = new SqliteMemoRepository(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesAndFindsAMemoWithItsMetadata() {
        MemoMetadata meta = new MemoMetadata("Org update", "Jane Roe", LocalDate.of(2025, 10, 28), "memo.txt");
        ImportedMemo stored = memos.add(new NewMemo(meta, "We are changing. Thank you."));
        assertTrue(stored.created());
        Memo found = memos.find(stored.memo().id()).orElseThrow();
        assertEquals(meta, found.metadata());
        assertEquals("We are changing. Thank you.", found.text());
        assertEquals(5, found.wordCount());
        assertEquals(stored.memo(), found);
    }

    @Test
    void theSameTextImportedTwiceIsStoredOnce() {
        ImportedMemo first = memos.add(new NewMemo(MemoMetadata.titled("A"), "Same text.\n"));
        ImportedMemo second = memos.add(new NewMemo(MemoMetadata.titled("B"), "Same text.\r\n"));
        assertFalse(second.created());
        assertEquals(first.memo().id(), second.memo().id());
        assertEquals("A", second.memo().title());
        assertEquals(1, memos.count());
    }

    @Test
    void storedTextCannotBeChangedEvenWithRawSql() {
        long id = memos.add(new NewMemo(MemoMetadata.titled("A"), "Original.")).memo().id();
        assertThrows(StoreException.class, () -> db.write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE memo SET text = 'Changed.' WHERE id = " + id);
            }
        }));
        assertEquals("Original.", memos.find(id).orElseThrow().text());
    }

    @Test
    void metadataCanBeEditedWhileTheTextStaysTheSame() {
        long id = memos.add(new NewMemo(MemoMetadata.titled("Draft title"), "Text.")).memo().id();
        memos.updateMetadata(id, new MemoMetadata("Final title", "HR", LocalDate.of(2025, 1, 2), null));
        Memo m = memos.find(id).orElseThrow();
        assertEquals("Final title", m.title());
        assertEquals("Text.", m.text());
    }

    @Test
    void searchMatchesEveryWordInTitleAuthorOrTextIgnoringCase() {
        memos.add(new NewMemo(new MemoMetadata("AI strategy", "CEO", LocalDate.of(2025, 6, 1), null),
                "Generative AI will change how we work."));
        memos.add(new NewMemo(new MemoMetadata("Layoffs", "HR chief", LocalDate.of(2025, 10, 1), null),
                "Role reductions across teams."));
        memos.add(new NewMemo(MemoMetadata.titled("Undated"), "Nothing about it."));
        assertEquals(List.of("Layoffs", "AI strategy", "Undated"), titles(memos.search("")));
        assertEquals(List.of("AI strategy"), titles(memos.search("generative")));
        assertEquals(List.of("Layoffs"), titles(memos.search("hr REDUCTIONS")));
        assertEquals(List.of(), titles(memos.search("hr generative")));
        assertEquals(List.of(), titles(memos.search("%")));
    }

    private static List<String> titles(List<MemoSummary> found) {
        return found.stream().map(MemoSummary::title).toList();
    }
}
