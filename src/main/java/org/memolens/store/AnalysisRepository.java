package org.memolens.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.MemoAnalysis;

/** Analysis runs and their results. Runs are kept: re-analysing adds a run, it never replaces one. */
public interface AnalysisRepository {

    /** Stores the analysis in one transaction and returns its run with the new id. */
    AnalysisRun save(MemoAnalysis analysis);

    /** The newest run of a memo with its sentences (tokens are not stored; see SentenceAnalysis). */
    Optional<MemoAnalysis> latest(long memoId);

    /** One run with its sentences, by run id. */
    Optional<MemoAnalysis> byRun(long runId);

    /**
     * For every memo that has a run whose components are exactly {@code components} (same names and
     * versions, none more, none fewer): its SHA-256 and the newest such run's id. This is how a batch
     * knows which memos it need not analyse again.
     */
    Map<String, Long> runsWithComponents(Map<String, String> components);

    /** All runs of a memo, oldest first. */
    List<AnalysisRun> runs(long memoId);
}
