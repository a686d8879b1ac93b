package org.memolens.app;

import java.util.List;
import java.util.Optional;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.export.CodingCsv;
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
    private final ExportCodings codings;

    public ExportAnalyses(MemoRepository memos, AnalysisRepository analyses, ExportCodings codings) {
        this.memos = memos;
        this.analyses = analyses;
        this.codings = codings;
    }

    /** The column names of {@code unit}. */
    public List<String> columns(ExportUnit unit) {
        return unit == ExportUnit.CODINGS ? CodingCsv.COLUMNS : ExportRows.columns(unit);
    }

    /**
     * Writes the rows of {@code unit} for the memos {@code memoIds} (all memos when empty), in id order.
     *
     * @return the number of rows written
     */
    public long export(ExportUnit unit, List<Long> memoIds, RowWriter out, Progress progress) {
        List<Long> ids = memoIds.isEmpty() ? memos.ids() : memoIds;
        for (long id : memoIds) {
            if (memos.find(id).isEmpty()) {
                throw new InvalidInputException("There is no memo with id " + id + " in this database; "
                        + "\"memolens analyze\" prints the ids of the memos it stores.");
            }
        }
        if (unit == ExportUnit.CODINGS) {
            // Every coder's codings: one row per coded span (see CodingCsv).
            List<CodingCsv.Row> codingRows = codings.rows(List.of(), memoIds);
            codingRows.forEach(row -> out.row(CodingCsv.values(row)));
            return codingRows.size();
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
