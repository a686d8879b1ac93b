package org.memolens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.app.DirectTaskRunner;
import org.memolens.app.MemoLensCore;
import org.memolens.domain.AnalysisRun;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;
import org.memolens.store.Database;
import org.memolens.store.SqliteAnalysisRepository;
import org.memolens.store.SqliteMemoRepository;

/**
 * The library view model over 2,000 generated memos with analyses. Checks the results; the times
 * are printed as a bench note (target/surefire-reports/...LibraryAtScaleTest-output.txt), never
 * asserted: this machine is shared and noisy.
 */
class LibraryAtScaleTest {

    private static final int MEMOS = 2_000;
    private static final int SENTENCES = 30;

    @TempDir
    Path dir;

    @Test
    void twoThousandMemosListSearchAndFilterWithTheirFigures() {
        Path file = dir.resolve("big.db");
        long generate = System.nanoTime();
        generate(file);
        generate = System.nanoTime() - generate;

        try (MemoLensCore core = MemoLensCore.open(file)) {
            List<String> errors = new ArrayList<>();
            LibraryViewModel model = new LibraryViewModel(core.browseLibrary(), core.organizeLibrary(), core.importMemos(),
                    core.analyzeMemos(), core.codebook(), new DirectTaskRunner(), (t, m) -> errors.add(m));
            double[] list = new double[7];
            for (int i = 0; i < list.length; i++) {
                long t = System.nanoTime();
                model.refresh();
                list[i] = (System.nanoTime() - t) / 1e6;
            }
            assertEquals(MEMOS, model.memos().size());
            assertTrue(model.memos().stream().allMatch(e -> e.figures() != null && e.figures().meanTone() != null));
            assertEquals(List.of("EFFICIENCY"), model.memos().get(0).figures().topFrames());

            double[] search = new double[7];
            for (int i = 0; i < search.length; i++) {
                model.searchTextProperty().set(i % 2 == 0 ? "memo1234" : "eliminated");
                long t = System.nanoTime();
                model.refresh();
                search[i] = (System.nanoTime() - t) / 1e6;
            }
            model.searchTextProperty().set("number 1234");
            model.refresh();
            assertEquals(List.of("Memo 1234"), model.memos().stream().map(e -> e.title()).toList());

            model.searchTextProperty().set("");
            model.refresh();
            model.selection().setAll(model.memos().subList(0, 100));
            model.addSelectionToCollection("First hundred");
            long t = System.nanoTime();
            model.collectionProperty().set("First hundred");
            double collection = (System.nanoTime() - t) / 1e6;
            assertEquals(100, model.memos().size());
            assertTrue(errors.isEmpty(), errors.toString());

            System.out.printf("BENCH library of %d memos (%d sentences each): generate %.1f s; list median %.1f ms "
                    + "(runs %s); full-text search median %.1f ms; collection filter %.1f ms%n", MEMOS, SENTENCES,
                    generate / 1e9, median(list), Arrays.toString(round(list)), median(search), collection);
        }
    }

    private static void generate(Path file) {
        try (Database db = Database.open(file)) {
            SqliteMemoRepository memos = new SqliteMemoRepository(db, Clock.systemUTC());
            SqliteAnalysisRepository analyses = new SqliteAnalysisRepository(db);
            for (int m = 0; m < MEMOS; m++) {
                StringBuilder text = new StringBuilder();
                List<SentenceAnalysis> sentences = new ArrayList<>();
                for (int s = 0; s < SENTENCES; s++) {
                    String sentence = s % 5 == 0 ? "Roles number " + m + " will be eliminated in this memo" + m + "."
                            : "We are excited about sentence " + s + " of memo number " + m + ".";
                    int start = text.length();
                    text.append(sentence).append(' ');
                    boolean harm = s % 5 == 0;
                    sentences.add(new SentenceAnalysis(s, start, start + sentence.length(), 9, List.of())
                            .withTone(new Tone(harm ? ToneLabel.NEUTRAL : ToneLabel.POSITIVE, harm ? 0 : 0.5, 0.9, List.of()))
                            .withImpact(new Impact(harm ? ImpactLabel.HARM : ImpactLabel.NONE, List.of()))
                            .withFrames(harm ? List.of(new org.memolens.domain.FrameHit("EFFICIENCY", 0.9,
                                    List.of(new org.memolens.domain.Evidence(start, start + 5, "Roles", 1)),
                                    org.memolens.domain.DetectorSource.RULE)) : List.of()));
                }
                Memo memo = memos.add(new NewMemo(new MemoMetadata("Memo " + m, "Author " + (m % 37),
                        LocalDate.of(2020, 1, 1).plusDays(m), null), text.toString())).memo();
                analyses.save(new MemoAnalysis(new AnalysisRun(0, memo.id(), Instant.now(),
                        new Language("eng", 0.9, true), Map.of("pipeline", "generated")), sentences));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 10) / 10.0).toArray();
    }
}
