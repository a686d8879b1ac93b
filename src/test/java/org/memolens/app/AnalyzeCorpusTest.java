package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.ModelChoice;
import org.memolens.ingest.MemoFileReader;
import org.memolens.nlp.SharedModels;
import org.memolens.store.Database;
import org.memolens.store.SqliteAnalysisRepository;
import org.memolens.store.SqliteCorpusRepository;
import org.memolens.store.SqliteMemoRepository;

class AnalyzeCorpusTest {

    @TempDir
    Path dir;

    private Database db;
    private AnalyzeCorpus corpus;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("corpus.db"));
        corpus = new AnalyzeCorpus(new MemoFileReader(), SharedModels.analyzer(),
                new SqliteCorpusRepository(db, Clock.systemUTC()), new SqliteMemoRepository(db, Clock.systemUTC()),
                new SqliteAnalysisRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Collects what the use case reports, in order. */
    static final class Recorder implements AnalyzeCorpus.Listener {
        final List<CorpusOutcome> stored = new ArrayList<>();
        final List<FileProblem> failed = new ArrayList<>();

        @Override
        public void stored(CorpusOutcome outcome) {
            stored.add(outcome);
        }

        @Override
        public void failed(FileProblem problem) {
            failed.add(problem);
        }
    }

    private Path memos(int n) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("memos"));
        for (int i = 0; i < n; i++) {
            Files.writeString(folder.resolve(String.format("memo-%03d.txt", i)), "Title: Update " + i + "\n\n"
                    + "Team " + i + " will move to the new office in week " + (i % 52 + 1) + ". We thank everyone for "
                    + "their patience. Questions go to your manager.");
        }
        return folder;
    }

    @Test
    void aCorruptFileInTheMiddleIsReportedAndEveryOtherFileIsStoredInOrder() throws IOException {
        Path folder = memos(9);
        Files.write(folder.resolve("memo-004.txt"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 0, 0x14, 0});
        Recorder recorder = new Recorder();

        CorpusReport report = corpus.run(List.of(folder), new AnalyzeCorpus.Options(2, false, ModelChoice.SHIPPED), Progress.NONE, recorder);

        assertEquals(9, report.files());
        assertEquals(8, report.analysed());
        assertEquals(1, report.problems().size());
        assertEquals("memo-004.txt", report.problems().get(0).file().getFileName().toString());
        assertFalse(report.problems().get(0).internal());
        assertEquals(List.of(0, 1, 2, 3, 5, 6, 7, 8), recorder.stored.stream()
                .map(o -> Integer.parseInt(o.memo().title().replace("Update ", ""))).toList(), "input order");
        assertEquals(8, count("SELECT count(*) FROM memo"));
        assertEquals(8, count("SELECT count(*) FROM analysis_run"));
        assertEquals(report.sentences(), count("SELECT count(*) FROM sentence"));
    }

    @Test
    void anInterruptedBatchResumedRedoesNothingAndLosesNothing() throws IOException {
        Path folder = memos(40);
        AtomicInteger updates = new AtomicInteger();
        Progress cancelSoon = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() > 6;
            }
        };
        Recorder first = new Recorder();
        CorpusReport interrupted = corpus.run(List.of(folder), new AnalyzeCorpus.Options(2, false, ModelChoice.SHIPPED), cancelSoon, first);

        assertTrue(interrupted.cancelled());
        assertTrue(interrupted.analysed() > 0 && interrupted.analysed() < 40, "stopped part-way: " + interrupted);
        assertEquals(interrupted.analysed(), count("SELECT count(*) FROM analysis_run"), "everything analysed is stored");
        assertEquals(first.stored.size(), interrupted.analysed());

        Recorder second = new Recorder();
        CorpusReport resumed = corpus.run(List.of(folder), new AnalyzeCorpus.Options(2, false, ModelChoice.SHIPPED), Progress.NONE, second);

        assertFalse(resumed.cancelled());
        assertEquals(interrupted.analysed(), resumed.skipped(), "what was stored is not analysed again");
        assertEquals(40 - interrupted.analysed(), resumed.analysed());
        assertEquals(40, count("SELECT count(*) FROM memo"));
        assertEquals(40, count("SELECT count(*) FROM analysis_run"), "one run per memo: nothing redone");
        assertEquals(40, second.stored.size());
        for (CorpusOutcome earlier : first.stored) {
            CorpusOutcome again = second.stored.stream().filter(o -> o.memo().id() == earlier.memo().id()).findFirst()
                    .orElseThrow();
            assertEquals(CorpusOutcome.Status.ALREADY_ANALYSED, again.status());
            assertEquals(earlier.analysis().run().id(), again.analysis().run().id());
            assertEquals(earlier.analysis().sentences(), again.analysis().sentences());
        }
    }

    @Test
    void theSameTextInTwoFilesIsStoredAndAnalysedOnce() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "We are opening a new office in Leeds. Hiring starts now.");
        Path b = Files.writeString(dir.resolve("b.txt"), "We are opening a new office in Leeds. Hiring starts now.\r\n");
        Recorder recorder = new Recorder();
        CorpusReport report = corpus.run(List.of(a, b), new AnalyzeCorpus.Options(2, false, ModelChoice.SHIPPED), Progress.NONE, recorder);
        assertEquals(1, report.analysed());
        assertEquals(1, report.skipped());
        assertEquals(1, count("SELECT count(*) FROM analysis_run"));
        assertEquals(recorder.stored.get(0).memo().id(), recorder.stored.get(1).memo().id());
    }

    @Test
    void forceAnalysesAgainAndKeepsTheEarlierRun() throws IOException {
        Path folder = memos(3);
        corpus.run(List.of(folder), new AnalyzeCorpus.Options(1, false, ModelChoice.SHIPPED), Progress.NONE, new Recorder());
        CorpusReport again = corpus.run(List.of(folder), new AnalyzeCorpus.Options(1, true, ModelChoice.SHIPPED), Progress.NONE, new Recorder());
        assertEquals(3, again.analysed());
        assertEquals(6, count("SELECT count(*) FROM analysis_run"));
        assertEquals(3, count("SELECT count(*) FROM memo"));
    }

    private long count(String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
