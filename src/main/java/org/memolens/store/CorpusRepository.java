package org.memolens.store;

import java.util.List;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.ImportedMemo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.NewMemo;

/**
 * Storage for batch analysis: many memos with their analyses in one transaction, so a corpus of
 * thousands of memos is not written one commit at a time.
 */
public interface CorpusRepository {

    /** A memo read from a file and its analysis, not stored yet (the run's memo id is ignored). */
    record Pending(NewMemo memo, MemoAnalysis analysis) {
    }

    /** What {@link #saveAll} stored for one {@link Pending}: the memo (new or found by its text) and the run. */
    record Stored(ImportedMemo memo, AnalysisRun run) {
    }

    /**
     * Stores every memo that is not stored yet (the same text is stored once) and one run per item,
     * all in one transaction: after a failure or a crash, none of the batch is stored.
     *
     * @return one result per item, in order
     */
    List<Stored> saveAll(List<Pending> batch);
}
