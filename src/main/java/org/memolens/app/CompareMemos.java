package org.memolens.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.memolens.domain.Codebook;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.research.ComparedMemo;
import org.memolens.research.Comparison;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.MemoRepository;

/**
 * Use case: put two or more stored memos side by side. A memo never analysed is analysed first,
 * so a comparison always rests on stored results.
 */
public final class CompareMemos {

    private final MemoRepository memos;
    private final AnalysisRepository analyses;
    private final AnalyzeMemos analyzeMemos;
    private final Supplier<Codebook> codebook;

    public CompareMemos(MemoRepository memos, AnalysisRepository analyses, AnalyzeMemos analyzeMemos,
            Supplier<Codebook> codebook) {
        this.memos = memos;
        this.analyses = analyses;
        this.analyzeMemos = analyzeMemos;
        this.codebook = codebook;
    }

    /** Compares the memos in the given order; the first is the reference for the deltas. */
    public Comparison compare(List<Long> memoIds, Progress progress) {
        List<ComparedMemo> compared = new ArrayList<>();
        for (int i = 0; i < memoIds.size(); i++) {
            long id = memoIds.get(i);
            Memo memo = memos.find(id).orElseThrow(() -> new InvalidInputException("There is no memo with id " + id
                    + " in this database. List the library to see the ids."));
            progress.update(i, memoIds.size(), "Loading " + memo.title());
            MemoAnalysis analysis = analyses.latest(id).orElseGet(() -> analyzeMemos.analyze(memo));
            compared.add(ComparedMemo.of(memo, analysis));
        }
        progress.update(memoIds.size(), memoIds.size(), "Comparing");
        return Comparison.of(compared, codebook.get());
    }
}
