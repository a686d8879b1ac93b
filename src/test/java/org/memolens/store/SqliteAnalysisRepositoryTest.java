package org.memolens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;
import org.memolens.domain.SentenceAnalysis;

class SqliteAnalysisRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteAnalysisRepository analyses;
    private Memo memo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("a.db"));
        analyses = new SqliteAnalysisRepository(db);
        memo = new SqliteMemoRepository(db, Clock.systemUTC())
                .add(new NewMemo(MemoMetadata.titled("M"), "First sentence. Second one.")).memo();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MemoAnalysis analysis(String pipelineVersion) {
        AnalysisRun run = new AnalysisRun(0, memo.id(), Instant.parse("2026-01-02T03:04:05Z"),
                new Language("eng", 0.05, true), Map.of("pipeline", pipelineVersion, "pos", "pos-model.bin"));
        return new MemoAnalysis(run, List.of(new SentenceAnalysis(0, 0, 15, 3, List.of()),
                new SentenceAnalysis(1, 16, 27, 3, List.of())));
    }

    @Test
    void anAnalysisIsStoredAndReloadedEqual() {
        MemoAnalysis original = analysis("p1");
        AnalysisRun stored = analyses.save(original);
        assertTrue(stored.id() > 0);
        MemoAnalysis reloaded = analyses.latest(memo.id()).orElseThrow();
        assertEquals(new MemoAnalysis(stored, original.sentences()), reloaded);
    }

    @Test
    void reanalysingKeepsTheHistoryOfRuns() {
        analyses.save(analysis("p1"));
        analyses.save(analysis("p2"));
        List<AnalysisRun> runs = analyses.runs(memo.id());
        assertEquals(List.of("p1", "p2"), runs.stream().map(r -> r.components().get("pipeline")).toList());
        assertEquals("p2", analyses.latest(memo.id()).orElseThrow().run().components().get("pipeline"));
    }

    @Test
    void aFailedSaveStoresNothingAtAll() {
        AnalysisRun run = analysis("p1").run();
        // Two sentences with the same index violate the primary key half-way through the save.
        MemoAnalysis broken = new MemoAnalysis(run, List.of(new SentenceAnalysis(0, 0, 15, 3, List.of()),
                new SentenceAnalysis(0, 16, 27, 3, List.of())));
        assertThrows(StoreException.class, () -> analyses.save(broken));
        assertTrue(analyses.runs(memo.id()).isEmpty());
        assertEquals(0, count("sentence"));
        assertEquals(0, count("run_component"));
    }

    @Test
    void aRunForAMemoThatDoesNotExistIsRefusedByForeignKeys() {
        AnalysisRun orphan = new AnalysisRun(0, 9999, Instant.now(), new Language("eng", 1, true), Map.of());
        assertThrows(StoreException.class, () -> analyses.save(new MemoAnalysis(orphan, List.of())));
    }

    @Test
    void aMemoWithoutAnalysisHasNoLatestRun() {
        assertFalse(analyses.latest(memo.id()).isPresent());
    }

    private int count(String table) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
