package org.memolens.app;

import java.util.List;

import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.TextSpan;
import org.memolens.nlp.LinguisticPipeline;
import org.memolens.store.AnalysisRepository;

/**
 * The sentences of a memo as units for agreement, training and exports: those of its newest stored
 * analysis run, so that they match the run's machine frames; for a memo never analysed, the
 * sentence detector's split (nothing is stored).
 */
final class MemoSentences {

    private final AnalysisRepository analyses;
    private final LinguisticPipeline pipeline;

    MemoSentences(AnalysisRepository analyses, LinguisticPipeline pipeline) {
        this.analyses = analyses;
        this.pipeline = pipeline;
    }

    List<TextSpan> of(Memo memo) {
        return analyses.latest(memo.id()).filter(MemoAnalysis::analysed)
                .map(a -> a.sentences().stream().map(SentenceAnalysis::span).toList())
                .orElseGet(() -> pipeline.sentences(memo.text()));
    }

    /** The text of the sentences that {@code span} touches, joined as they stand in the memo. */
    static String surrounding(String text, List<TextSpan> sentences, TextSpan span) {
        int start = -1;
        int end = -1;
        for (TextSpan s : sentences) {
            if (s.start() < span.end() && span.start() < s.end()) {
                start = start < 0 ? s.start() : Math.min(start, s.start());
                end = Math.max(end, s.end());
            }
        }
        return start < 0 ? span.of(text) : text.substring(Math.min(start, span.start()), Math.max(end, span.end()));
    }
}
