package org.memolens.app;

import java.time.Duration;
import java.util.List;

/**
 * The totals of a batch analysis.
 *
 * @param files     memo files found in the inputs
 * @param analysed  memos analysed and stored by this batch
 * @param skipped   memos already analysed with the same component versions (nothing redone)
 * @param sentences sentences analysed by this batch
 * @param problems  inputs refused or files that failed, each reported and skipped
 * @param cancelled whether the batch stopped early on request; everything finished before that is stored
 */
public record CorpusReport(int files, int analysed, int skipped, long sentences, long words, List<FileProblem> problems,
        boolean cancelled, Duration elapsed) {

    public CorpusReport {
        problems = List.copyOf(problems);
    }

    /** True if a file failed through a fault of MemoLens rather than of the file. */
    public boolean internalError() {
        return problems.stream().anyMatch(FileProblem::internal);
    }
}
