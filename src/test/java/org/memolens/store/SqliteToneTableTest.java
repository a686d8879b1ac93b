package org.memolens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.memolens.domain.Evidence;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

/** Tone storage (migration V002) on a real SQLite file. */
class SqliteToneTableTest {

    static final String TEXT = "Thank you all. Sadly, the Dayton plant will close. Details follow.";

    @TempDir
    Path dir;

    private Database db;
    private SqliteAnalysisRepository analyses;
    private Memo memo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        analyses = new SqliteAnalysisRepository(db);
        memo = new SqliteMemoRepository(db, Clock.systemUTC()).add(new NewMemo(MemoMetadata.titled("M"), TEXT)).memo();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MemoAnalysis analysis() {
        AnalysisRun run = new AnalysisRun(0, memo.id(), Instant.parse("2026-01-02T03:04:05Z"),
                new Language("eng", 0.9, true), Map.of("tone-model", "test"));
        Tone thanks = new Tone(ToneLabel.POSITIVE, 0.6123456789012345, 0.8, List.of(new Evidence(0, 9, "Thank you", 0.4)));
        Tone sadly = new Tone(ToneLabel.NEGATIVE, -0.71, 0.9, List.of(new Evidence(15, 20, "Sadly", -0.4),
                new Evidence(26, 50, "Dayton plant will close", -0.4)));
        return new MemoAnalysis(run, List.of(new SentenceAnalysis(0, 0, 14, 4, List.of()).withTone(thanks),
                new SentenceAnalysis(1, 15, 50, 8, List.of()).withTone(sadly),
                new SentenceAnalysis(2, 51, 66, 3, List.of())));
    }

    @Test
    void reloadingAnAnalysisGivesEqualToneRecordsWithTheirEvidenceInOrder() {
        MemoAnalysis original = analysis();
        AnalysisRun stored = analyses.save(original);
        MemoAnalysis reloaded = analyses.latest(memo.id()).orElseThrow();
        assertEquals(new MemoAnalysis(stored, original.sentences()), reloaded);
        assertEquals(original.sentences().get(1).tone(), reloaded.sentences().get(1).tone());
        assertNull(reloaded.sentences().get(2).tone(), "a sentence without tone stays without");
    }

    @Test
    void eachRunKeepsItsOwnTone() {
        analyses.save(analysis());
        MemoAnalysis second = analysis();
        List<SentenceAnalysis> changed = List.of(second.sentences().get(0).withTone(
                new Tone(ToneLabel.NEUTRAL, 0.01, 0.5, List.of())), second.sentences().get(1), second.sentences().get(2));
        analyses.save(new MemoAnalysis(second.run(), changed));
        assertEquals(ToneLabel.NEUTRAL, analyses.latest(memo.id()).orElseThrow().sentences().get(0).tone().label());
        assertEquals(2, count("SELECT count(*) FROM sentence_tone WHERE idx = 0"));
        assertEquals(3 + 2, count("SELECT count(*) FROM sentence_tone_evidence"));
    }

    @Test
    void theSchemaRefusesAToneForASentenceThatDoesNotExist() {
        analyses.save(analysis());
        assertThrows(StoreException.class, () -> db.write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO sentence_tone VALUES (1, 99, 'positive', 0.5, 0.5)");
            }
        }));
        assertThrows(StoreException.class, () -> db.write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE sentence_tone SET label = 'happy' WHERE idx = 0");
            }
        }));
    }

    @Test
    void deletingAMemoDeletesItsToneAndEvidence() {
        analyses.save(analysis());
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("DELETE FROM memo");
            }
        });
        assertEquals(0, count("SELECT count(*) FROM sentence_tone"));
        assertEquals(0, count("SELECT count(*) FROM sentence_tone_evidence"));
    }

    private int count(String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
