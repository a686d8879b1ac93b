package org.memolens.app;

import java.util.List;
import java.util.Optional;

import org.memolens.domain.MemoSummary;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.MemoRepository;

/** Use case: list and search the library, and open one memo with its newest analysis. */
public final class BrowseLibrary {

    private final MemoRepository memos;
    private final AnalysisRepository analyses;

    public BrowseLibrary(MemoRepository memos, AnalysisRepository analyses) {
        this.memos = memos;
        this.analyses = analyses;
    }

    public List<MemoSummary> search(String query) {
        return memos.search(query);
    }

    public Optional<MemoDetails> open(long memoId) {
        return memos.find(memoId).map(memo -> new MemoDetails(memo, analyses.latest(memoId)));
    }
}
