package org.memolens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Code;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;
import org.memolens.domain.TextSpan;

class SqliteCodingRepositoryTest {

    static final String TEXT = "Team 🚀 update: we will cut costs. Thanks.";
    static final Instant T0 = Instant.parse("2026-02-03T04:05:06Z");

    @TempDir
    Path dir;

    Database db;
    SqliteCodingRepository codings;
    Coder ann;
    Memo memo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("codings.db"));
        Clock clock = Clock.systemUTC();
        new SqliteCodebookRepository(db, clock).create("p", null, List.of(
                new Code("EFFICIENCY", "efficiency", "", "#112233", null, List.of())), Map.of());
        codings = new SqliteCodingRepository(db, clock);
        ann = new SqliteCoderRepository(db, clock).add("Ann", null);
        memo = new SqliteMemoRepository(db, clock).add(new NewMemo(MemoMetadata.titled("M"), TEXT)).memo();
    }

    @AfterEach
    void close() {
        db.close();
    }

    Coding draft(int start, int end, String note) {
        return new Coding(0, memo.id(), "EFFICIENCY", ann.id(), new TextSpan(start, end), TEXT.substring(start, end), note, T0, T0);
    }

    @Test
    void aCodingRoundTripsThroughTheFileWithEveryField() {
        int start = TEXT.indexOf("we will");
        Coding stored = codings.add(draft(start, TEXT.indexOf('.', start) + 1, "cost frame"));
        db.close();
        db = Database.open(dir.resolve("codings.db"));
        codings = new SqliteCodingRepository(db, Clock.systemUTC());

        Coding reloaded = codings.find(stored.id()).orElseThrow();
        assertEquals(stored, reloaded);
        assertEquals("we will cut costs.", reloaded.quote());
        assertEquals(T0, reloaded.createdAt());
        assertEquals(List.of(stored), codings.forMemo(memo.id()));
        assertEquals(Set.of(memo.id()), codings.memosCodedBy(ann.id()));
    }

    @Test
    void theSameCoderCodeAndSpanIsStoredOnce() {
        codings.add(draft(0, 4, ""));
        assertThrows(InvalidInputException.class, () -> codings.add(draft(0, 4, "again")));
        assertTrue(codings.addIfAbsent(draft(0, 4, "again")).isEmpty());
        assertEquals(1, codings.forMemo(memo.id()).size());
    }

    @Test
    void aQuoteThatDoesNotMatchTheMemoTextOrASpanThatSplitsAnEmojiIsRefused() {
        Coding wrongQuote = new Coding(0, memo.id(), "EFFICIENCY", ann.id(), new TextSpan(0, 4), "Tea", "", T0, T0);
        assertThrows(InvalidInputException.class, () -> codings.add(wrongQuote));
        int rocket = TEXT.indexOf("🚀");
        InvalidInputException split = assertThrows(InvalidInputException.class, () -> codings.add(draft(0, rocket + 1, "")));
        assertTrue(split.getMessage().contains("cuts a character"), split.getMessage());
        assertEquals("Team 🚀", codings.add(draft(0, rocket + 2, "")).quote());
        assertThrows(InvalidInputException.class, () -> codings.add(new Coding(0, memo.id(), "EFFICIENCY", ann.id(),
                new TextSpan(0, TEXT.length() + 1), TEXT + " ", "", T0, T0)));
    }

    @Test
    void theDatabaseItselfRefusesACodingOfAnUnknownCodeCoderOrMemo() throws SQLException {
        codings.add(draft(0, 4, ""));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            assertThrows(SQLException.class, () -> st.execute("INSERT INTO coding (memo_id, code_id, coder_id, start_offset, "
                    + "end_offset, quote, note, created_at, updated_at) VALUES (999, 1, 1, 0, 1, 'T', '', 'x', 'x')"));
            assertThrows(SQLException.class, () -> st.execute("INSERT INTO coding (memo_id, code_id, coder_id, start_offset, "
                    + "end_offset, quote, note, created_at, updated_at) VALUES (" + memo.id() + ", 1, 1, 3, 3, '', '', 'x', 'x')"));
            assertThrows(SQLException.class, () -> st.execute("DELETE FROM code"), "RESTRICT keeps coded codes");
        }
    }

    @Test
    void removeThenRestoreBringsBackTheSameRowAndUpdateChangesNoteAndSpan() {
        Coding stored = codings.add(draft(0, 4, "first"));
        Coding removed = codings.remove(stored.id());
        assertEquals(stored, removed);
        assertTrue(codings.find(stored.id()).isEmpty());
        codings.restore(removed);
        assertEquals(stored, codings.find(stored.id()).orElseThrow());

        Instant later = T0.plusSeconds(60);
        Coding moved = stored.withSpan(new TextSpan(0, 7), TEXT.substring(0, 7), later).withNote("second", later);
        codings.update(moved);
        assertEquals(moved, codings.find(stored.id()).orElseThrow());
    }

    @Test
    void rejectionsAreRememberedPerCoderAndCanBeForgotten() {
        TextSpan sentence = new TextSpan(0, 33);
        codings.reject(ann.id(), "EFFICIENCY", memo.id(), sentence);
        codings.reject(ann.id(), "EFFICIENCY", memo.id(), sentence);
        assertEquals(Set.of(new CodingRepository.Rejection("EFFICIENCY", sentence)), codings.rejections(ann.id(), memo.id()));
        codings.unreject(ann.id(), "EFFICIENCY", memo.id(), sentence);
        assertTrue(codings.rejections(ann.id(), memo.id()).isEmpty());
    }
}
