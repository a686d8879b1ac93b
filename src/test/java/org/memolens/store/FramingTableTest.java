package org.memolens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.memolens.domain.DetectorSource;
import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;
import org.memolens.domain.PronounCounts;
import org.memolens.domain.SentenceAnalysis;

/** Impact, frames, devices and pronouns of a run, stored in a real SQLite file and read back. */
class FramingTableTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteAnalysisRepository analyses;
    private Memo memo;

    private static final String TEXT = "Roles will be eliminated, and we thank you. The office opens at nine.";

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("framing.db"));
        analyses = new SqliteAnalysisRepository(db);
        memo = new SqliteMemoRepository(db, Clock.systemUTC()).add(new NewMemo(MemoMetadata.titled("M"), TEXT)).memo();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MemoAnalysis analysis() {
        AnalysisRun run = new AnalysisRun(0, memo.id(), Instant.parse("2026-03-04T05:06:07Z"),
                new Language("eng", 0.9, true), Map.of("frame-model", "frames-en-1.bin"));
        SentenceAnalysis first = new SentenceAnalysis(0, 0, 43, 9, List.of())
                .withImpact(new Impact(ImpactLabel.HARM, List.of(new Evidence(0, 24, "Roles will be eliminated", 1.0))))
                .withFrames(List.of(
                        new FrameHit("CARE_SUPPORT", 0.8731, List.of(new Evidence(33, 42, "thank you", 1.0)),
                                DetectorSource.RULE),
                        new FrameHit("PROCEDURE", 0.61, List.of(new Evidence(0, 5, "Roles", 0.42),
                                new Evidence(14, 24, "eliminated", 0.13)), DetectorSource.MODEL)))
                .withDevices(List.of(
                        new DeviceHit(DeviceType.EUPHEMISM, 0, 24, "Roles will be eliminated", "people will lose their jobs"),
                        new DeviceHit(DeviceType.AGENTLESS_HARM, 0, 24, "Roles will be eliminated", null)))
                .withPronouns(new PronounCounts(0, 1, 1));
        SentenceAnalysis second = new SentenceAnalysis(1, 44, 68, 6, List.of())
                .withImpact(new Impact(ImpactLabel.NONE, List.of()))
                .withPronouns(PronounCounts.NONE);
        return new MemoAnalysis(run, List.of(first, second));
    }

    @Test
    void anAnalysisWithFramingIsStoredReloadedAndEqual() {
        MemoAnalysis original = analysis();
        AnalysisRun stored = analyses.save(original);
        MemoAnalysis reloaded = analyses.latest(memo.id()).orElseThrow();
        assertEquals(new MemoAnalysis(stored, original.sentences()), reloaded);
        assertEquals(2, count("frame_hit"));
        assertEquals(3, count("frame_evidence"));
        assertEquals(2, count("device_hit"));
    }

    @Test
    void aRunWithoutFramingReloadsWithoutIt() {
        AnalysisRun run = analysis().run();
        MemoAnalysis plain = new MemoAnalysis(run, List.of(new SentenceAnalysis(0, 0, 43, 9, List.of())));
        AnalysisRun stored = analyses.save(plain);
        assertEquals(new MemoAnalysis(stored, plain.sentences()), analyses.latest(memo.id()).orElseThrow());
        assertEquals(0, count("sentence_impact"));
    }

    @Test
    void anInvalidHitRollsBackTheWholeRun() {
        MemoAnalysis original = analysis();
        SentenceAnalysis bad = original.sentences().get(1)
                .withFrames(List.of(new FrameHit("EFFICIENCY", 1.5, List.of(), DetectorSource.MODEL)));
        MemoAnalysis broken = new MemoAnalysis(original.run(), List.of(original.sentences().get(0), bad));
        assertThrows(StoreException.class, () -> analyses.save(broken));
        assertEquals(0, count("analysis_run"));
        assertEquals(0, count("sentence_impact"));
        assertEquals(0, count("frame_hit"));
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
