package org.memolens.app;

import java.util.List;
import java.util.Optional;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.export.ExportRows;
import org.memolens.export.ExportUnit;
import org.memolens.export.RowWriter;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.MemoRepository;

/**
 * Use case: export stored results as rows (one per memo, sentence, frame hit or device span) for
 * statistics software. Each memo contributes its newest analysis run. Memos are read one at a
 * time, so an export of any size runs in little memory.
 */
public final class ExportAnalyses {

    private final MemoRepository memos;
    private final AnalysisRepository analyses;

    public ExportAnalyses(MemoRepository memos, AnalysisRepository analyses) {
        this.memos = memos;
        this.analyses = analyses;
    }

    /** The column names of {@code unit}, or an explanation of why it cannot be exported. */
    public List<String> columns(ExportUnit unit) {
        if (unit == ExportUnit.CODINGS) {
            throw new InvalidInputException("There are no codings to export: this version of MemoLens does not "
                    + "record codings yet. Export memos, sentences, frames or devices instead.");
        }
        return ExportRows.columns(unit);
    }

    /**
     * Writes the rows of {@code unit} for the memos {@code memoIds} (all memos when empty), in id order.
     *
     * @return the number of rows written
     */
    public long export(ExportUnit unit, List<Long> memoIds, RowWriter out, Progress progress) {
        columns(unit);
        List<Long> ids = memoIds.isEmpty() ? memos.ids() : memoIds;
        for (long id : memoIds) {
            if (memos.find(id).isEmpty()) {
                throw new InvalidInputException("There is no memo with id " + id + " in this database; "
                        + "\"memolens analyze\" prints the ids of the memos it stores.");
            }
        }
        long rows = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (progress.isCancelled()) {
                break;
            }
            Optional<Memo> memo = memos.find(ids.get(i));
            if (memo.isEmpty()) {
                continue;
            }
            MemoAnalysis analysis = analyses.latest(memo.get().id()).orElse(null);
            for (List<Object> row : ExportRows.rows(unit, memo.get(), analysis)) {
                out.row(row);
                rows++;
            }
            progress.update(i + 1, ids.size(), memo.get().title());
        }
        return rows;
    }
}
