package org.memolens.app;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.ModelChoice;
import org.memolens.nlp.MemoAnalyzer;
import org.memolens.store.AnalysisRepository;

/** Use case: analyse a stored memo and store the result as a new analysis run. */
public final class AnalyzeMemos {

    private final MemoAnalyzer analyzer;
    private final AnalysisRepository analyses;

    public AnalyzeMemos(MemoAnalyzer analyzer, AnalysisRepository analyses) {
        this.analyzer = analyzer;
        this.analyses = analyses;
    }

    /** Runs the full analysis, stores it, and returns it with its stored run (tokens included). */
    public MemoAnalysis analyze(Memo memo) {
        return analyze(memo, ModelChoice.SHIPPED);
    }

    /** As {@link #analyze(Memo)} with the frame model {@code choice} names (see {@link UserModels#choice}). */
    public MemoAnalysis analyze(Memo memo, ModelChoice choice) {
        MemoAnalysis analysis = analyzer.analyze(memo, choice);
        AnalysisRun stored = analyses.save(analysis);
        return new MemoAnalysis(stored, analysis.sentences());
    }
}
