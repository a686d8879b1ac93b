package org.memolens.store;

import java.util.List;
import java.util.Optional;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.MemoAnalysis;

/** Analysis runs and their results. Runs are kept: re-analysing adds a run, it never replaces one. */
public interface AnalysisRepository {

    /** Stores the analysis in one transaction and returns its run with the new id. */
    AnalysisRun save(MemoAnalysis analysis);

    /** The newest run of a memo with its sentences (tokens are not stored; see SentenceAnalysis). */
    Optional<MemoAnalysis> latest(long memoId);

    /** All runs of a memo, oldest first. */
    List<AnalysisRun> runs(long memoId);
}
