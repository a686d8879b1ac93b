package org.memolens.domain;

import java.util.List;

/**
 * The result of analysing one memo: the run that produced it and its sentences in order. A memo
 * whose language is not analysable has a run but no sentences.
 */
public record MemoAnalysis(AnalysisRun run, List<SentenceAnalysis> sentences) {

    public MemoAnalysis {
        sentences = List.copyOf(sentences);
    }

    public Language language() {
        return run.language();
    }

    public boolean analysed() {
        return run.language().analysable();
    }
}
