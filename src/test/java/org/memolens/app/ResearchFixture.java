package org.memolens.app;

import java.nio.file.Path;
import java.time.Clock;

import org.memolens.domain.Memo;
import org.memolens.domain.TextSpan;
import org.memolens.nlp.SharedModels;

/**
 * A real MemoLens core on a temporary SQLite file with the shared OpenNLP models. Codes used by the
 * tests have their own identifiers, so they never clash with the shipped codebook.
 */
final class ResearchFixture implements AutoCloseable {

    final MemoLensCore core;

    /** A core on {@code dir}/research.db. */
    ResearchFixture(Path dir) {
        this(dir, "research.db");
    }

    ResearchFixture(Path dir, String dbName) {
        core = MemoLensCore.open(dir.resolve(dbName), SharedModels.analyzer(), Clock.systemUTC());
    }

    /** An analysis of {@code memo} whose sentences carry the given frames (code per sentence text). */
    static org.memolens.domain.MemoAnalysis analysisWithFrames(Memo memo, java.util.Map<String, String> frameBySentence) {
        java.util.List<org.memolens.domain.SentenceAnalysis> sentences = new java.util.ArrayList<>();
        int i = 0;
        for (java.util.Map.Entry<String, String> e : frameBySentence.entrySet()) {
            TextSpan s = span(memo.text(), e.getKey());
            org.memolens.domain.FrameHit hit = new org.memolens.domain.FrameHit(e.getValue(), 0.9,
                    java.util.List.of(new org.memolens.domain.Evidence(s.start(), s.end(), e.getKey(), 1.0)),
                    org.memolens.domain.DetectorSource.RULE);
            sentences.add(new org.memolens.domain.SentenceAnalysis(i++, s.start(), s.end(), 1, java.util.List.of())
                    .withFrames(java.util.List.of(hit)));
        }
        org.memolens.domain.AnalysisRun run = new org.memolens.domain.AnalysisRun(1, memo.id(), java.time.Instant.now(),
                new org.memolens.domain.Language("eng", 1.0, true), java.util.Map.of());
        return new org.memolens.domain.MemoAnalysis(run, sentences);
    }

    Memo memo(String title, String text) {
        return core.importMemos().importText(title, "Chief Executive", java.time.LocalDate.of(2025, 7, 15), text).memo();
    }

    void codes(String... identifiers) {
        for (String id : identifiers) {
            core.manageCodebook().add(id, id.toLowerCase().replace('_', ' '), "test code " + id, "", null);
        }
    }

    static TextSpan span(String text, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + quote);
        }
        return new TextSpan(start, start + quote.length());
    }

    @Override
    public void close() {
        core.close();
    }
}
