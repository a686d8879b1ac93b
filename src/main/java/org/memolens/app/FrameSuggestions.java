package org.memolens.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.memolens.domain.CodeSuggestion;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coding;
import org.memolens.domain.FrameHit;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.CodingRepository;

/**
 * Use case: the machine's frames offered to a coder as suggestions, one per (sentence, frame) of
 * the memo's newest analysis run. A suggestion is not offered when the frame is not in the project
 * codebook, when the coder already coded any part of the sentence with it, or when the coder
 * rejected it before. {@link CodingSession#accept} and {@link CodingSession#reject} act on one.
 *
 * <p>Thread-safe; reads the database, so a UI calls it off the UI thread.
 */
public final class FrameSuggestions {

    private final AnalysisRepository analyses;
    private final CodingRepository codings;
    private final ManageCodebook codebook;

    public FrameSuggestions(AnalysisRepository analyses, CodingRepository codings, ManageCodebook codebook) {
        this.analyses = analyses;
        this.codings = codings;
        this.codebook = codebook;
    }

    /** Suggestions from the memo's newest stored analysis run, by sentence then code. */
    public List<CodeSuggestion> forMemo(long memoId, long coderId) {
        return analyses.latest(memoId).map(a -> forAnalysis(a, coderId)).orElse(List.of());
    }

    /** Suggestions from an analysis the caller holds (the one a memo view shows). */
    public List<CodeSuggestion> forAnalysis(MemoAnalysis analysis, long coderId) {
        long memoId = analysis.run().memoId();
        Codebook current = codebook.current();
        List<Coding> own = codings.find(List.of(coderId), List.of(memoId), List.of());
        Set<CodingRepository.Rejection> rejected = codings.rejections(coderId, memoId);
        List<CodeSuggestion> result = new ArrayList<>();
        for (SentenceAnalysis sentence : analysis.sentences()) {
            Map<String, FrameHit> best = new LinkedHashMap<>();
            for (FrameHit hit : sentence.frames()) {
                best.merge(hit.code(), hit, (a, b) -> b.score() > a.score() ? b : a);
            }
            for (FrameHit hit : best.values()) {
                boolean known = current.find(hit.code()).isPresent();
                boolean coded = own.stream().anyMatch(c -> c.code().equals(hit.code()) && c.overlaps(sentence.span()));
                boolean wasRejected = rejected.contains(new CodingRepository.Rejection(hit.code(), sentence.span()));
                if (known && !coded && !wasRejected) {
                    result.add(new CodeSuggestion(memoId, hit.code(), sentence.span(), hit.score(), hit.source()));
                }
            }
        }
        result.sort(Comparator.comparingInt((CodeSuggestion s) -> s.span().start()).thenComparing(CodeSuggestion::code));
        return result;
    }
}
