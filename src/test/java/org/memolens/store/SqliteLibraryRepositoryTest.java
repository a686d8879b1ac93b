package org.memolens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.DetectorSource;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Language;
import org.memolens.domain.LibraryEntry;
import org.memolens.domain.LibraryFilter;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoFigures;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

class SqliteLibraryRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteMemoRepository memos;
    private SqliteAnalysisRepository analyses;
    private SqliteLibraryRepository library;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("lib.db"));
        memos = new SqliteMemoRepository(db, Clock.systemUTC());
        analyses = new SqliteAnalysisRepository(db);
        library = new SqliteLibraryRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Memo add(String title, String author, String text) {
        return memos.add(new NewMemo(new MemoMetadata(title, author, null, null), text)).memo();
    }

    private List<String> titles(LibraryFilter filter) {
        return library.list(filter).stream().map(LibraryEntry::title).toList();
    }

    @Test
    void fullTextSearchFindsWordPrefixesIgnoringCaseAndAccents() {
        add("Café closure", "Zoë", "The cafeteria team will be reduced.");
        add("AI strategy", "CEO", "Generative AI will change how we work.");
        assertEquals(List.of("Café closure"), titles(new LibraryFilter("REDUC", null)));
        assertEquals(List.of("Café closure"), titles(new LibraryFilter("cafe zoe", null)));
        assertEquals(List.of("AI strategy"), titles(new LibraryFilter("generative", null)));
        assertEquals(List.of(), titles(new LibraryFilter("generative cafe", null)));
    }

    @Test
    void searchOperatorsAndPunctuationAreTakenLiterallyAndNeverFail() {
        add("Memo", null, "We will NOT close the office (for now).");
        for (String odd : List.of("NOT", "\"", "office)", "a OR b", "*", "close NEAR office", "-", "^col:x")) {
            library.list(new LibraryFilter(odd, null));
        }
        assertEquals(List.of("Memo"), titles(new LibraryFilter("not (office", null)));
        assertEquals(List.of(), titles(new LibraryFilter("%", null)));
    }

    @Test
    void editedMetadataIsSearchableAndTheOldTitleIsNot() {
        long id = add("Draft", null, "Text of the memo.").id();
        memos.updateMetadata(id, new MemoMetadata("Restructuring", "HR", LocalDate.of(2025, 1, 2), null));
        assertEquals(List.of("Restructuring"), titles(new LibraryFilter("restructuring", null)));
        assertEquals(List.of(), titles(new LibraryFilter("draft", null)));
    }

    @Test
    void deleteHidesAMemoUndoBringsItBackAndPurgeRemovesItForGood() {
        Memo keep = add("Keep", null, "Stays.");
        Memo gone = add("Gone", null, "Goes away.");
        saveAnalysis(gone, List.of(toned(0, 0, 5, ToneLabel.NEGATIVE, -0.5, null)));
        library.delete(List.of(gone.id()), Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(List.of("Keep"), titles(LibraryFilter.ALL));
        assertEquals(List.of(), titles(new LibraryFilter("goes", null)));
        assertEquals(1, memos.count());

        library.restore(List.of(gone.id()));
        assertEquals(List.of("Gone", "Keep"), titles(LibraryFilter.ALL));
        assertEquals(-0.5, library.list(new LibraryFilter("goes", null)).get(0).figures().meanTone(), 1e-9,
                "its analysis came back with it");

        library.delete(List.of(gone.id()), Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(0, library.purgeDeletedBefore(Instant.parse("2025-12-31T00:00:00Z")), "too recent to purge");
        assertEquals(1, library.purgeDeletedBefore(Instant.parse("2026-02-01T00:00:00Z")));
        assertTrue(memos.find(gone.id()).isEmpty());
        assertTrue(analyses.runs(gone.id()).isEmpty());
        assertTrue(memos.find(keep.id()).isPresent());
    }

    @Test
    void importingTheTextOfADeletedMemoAgainBringsItBack() {
        Memo memo = add("Once", null, "Same words.");
        library.delete(List.of(memo.id()), Instant.now());
        var again = memos.add(new NewMemo(MemoMetadata.titled("Twice"), "Same words."));
        assertFalse(again.created());
        assertEquals(memo.id(), again.memo().id());
        assertEquals(List.of("Once"), titles(LibraryFilter.ALL));
    }

    @Test
    void collectionsGroupMemosAndFilterTheLibrary() {
        Memo a = add("A", null, "Alpha.");
        Memo b = add("B", null, "Beta.");
        add("C", null, "Gamma.");
        library.addToCollection(List.of(a.id(), b.id()), "Amazon 2025");
        library.addToCollection(List.of(a.id()), "RTO");
        library.addToCollection(List.of(a.id()), "amazon 2025");
        assertEquals(List.of("Amazon 2025", "RTO"), library.collections());
        assertEquals(List.of("B", "A"), titles(new LibraryFilter("", "Amazon 2025")));
        assertEquals(List.of("Amazon 2025", "RTO"), library.list(new LibraryFilter("alpha", null)).get(0).collections());

        library.removeFromCollection(List.of(a.id()), "RTO");
        assertEquals(List.of("Amazon 2025"), library.collections(), "an empty collection disappears");
        assertThrows(InvalidInputException.class, () -> library.addToCollection(List.of(a.id()), "  "));
    }

    @Test
    void figuresComeFromTheNewestRunWithoutLoadingSentences() {
        Memo memo = add("Layoff memo", null, "We are excited to streamline. Roles will be eliminated. It is sad.");
        assertNull(library.list(LibraryFilter.ALL).get(0).figures(), "never analysed");
        saveAnalysis(memo, List.of(new SentenceAnalysis(0, 0, 29, 5, List.of())));
        MemoFigures plain = library.list(LibraryFilter.ALL).get(0).figures();
        assertEquals(new MemoFigures(1, null, 0, 0, null, List.of()), plain);

        saveAnalysis(memo, List.of(
                toned(0, 0, 29, ToneLabel.POSITIVE, 0.6, null).withFrames(List.of(frame("STREAMLINING", 15, 28),
                        frame("EFFICIENCY", 15, 28))),
                toned(1, 30, 54, ToneLabel.NEUTRAL, 0.0, ImpactLabel.HARM).withFrames(List.of(frame("EFFICIENCY", 30, 35))),
                toned(2, 55, 66, ToneLabel.NEGATIVE, -0.6, ImpactLabel.HARM)));
        MemoFigures figures = library.list(LibraryFilter.ALL).get(0).figures();
        assertEquals(3, figures.sentences());
        assertEquals(0.0, figures.meanTone(), 1e-9);
        assertEquals(2, figures.harmSentences());
        assertEquals(1, figures.gapSentences());
        assertEquals(0.5, figures.gapIndex(), 1e-9);
        assertEquals(List.of("EFFICIENCY", "STREAMLINING"), figures.topFrames());
    }

    @Test
    void runsStoredBeforeFiguresWereKeptGetThemOnBackfill() {
        Memo memo = add("Old", null, "One. Two.");
        saveAnalysis(memo, List.of(new SentenceAnalysis(0, 0, 4, 2, List.of()), new SentenceAnalysis(1, 5, 9, 2, List.of())));
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("DELETE FROM memo_metrics");
            }
        });
        assertNull(library.list(LibraryFilter.ALL).get(0).figures());
        assertEquals(1, library.backfillFigures());
        assertEquals(2, library.list(LibraryFilter.ALL).get(0).figures().sentences());
        assertEquals(0, library.backfillFigures(), "nothing left to do");
    }

    @Test
    void aFileFromBeforeTheLibraryUpgradeBecomesSearchable() throws Exception {
        Path file = dir.resolve("v1.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, "v1", List.of("V001__initial.sql"));
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO memo (title, text, sha256, word_count, created_at) VALUES ('Legacy', "
                        + "'Offices will consolidate.', '" + "a".repeat(64) + "', 3, '2025-01-01T00:00:00Z')");
            }
        }
        try (Database upgraded = Database.open(file)) {
            SqliteLibraryRepository lib = new SqliteLibraryRepository(upgraded);
            assertEquals(List.of("Legacy"), lib.list(new LibraryFilter("consolidate", null)).stream()
                    .map(LibraryEntry::title).toList());
        }
    }

    private void saveAnalysis(Memo memo, List<SentenceAnalysis> sentences) {
        analyses.save(new MemoAnalysis(new AnalysisRun(0, memo.id(), Instant.now(), new Language("eng", 0.9, true),
                Map.of("pipeline", "test")), sentences));
    }

    static SentenceAnalysis toned(int index, int start, int end, ToneLabel label, double score, ImpactLabel impact) {
        SentenceAnalysis s = new SentenceAnalysis(index, start, end, 3, List.of())
                .withTone(new Tone(label, score, 0.9, List.of()));
        return impact == null ? s : s.withImpact(new Impact(impact, List.of()));
    }

    private static FrameHit frame(String code, int start, int end) {
        return new FrameHit(code, 0.8, List.of(new Evidence(start, end, "x".repeat(end - start), 1.0)), DetectorSource.RULE);
    }
}
