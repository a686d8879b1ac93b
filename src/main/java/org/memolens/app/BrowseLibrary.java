package org.memolens.app;

import java.util.List;
import java.util.Optional;

import org.memolens.domain.LibraryEntry;
import org.memolens.domain.LibraryFilter;
import org.memolens.domain.MemoSummary;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.LibraryRepository;
import org.memolens.store.MemoRepository;

/** Use case: list and search the library, and open one memo with its newest analysis. */
public final class BrowseLibrary {

    private final MemoRepository memos;
    private final AnalysisRepository analyses;
    private final LibraryRepository library;
    private volatile boolean figuresChecked;

    public BrowseLibrary(MemoRepository memos, AnalysisRepository analyses, LibraryRepository library) {
        this.memos = memos;
        this.analyses = analyses;
        this.library = library;
    }

    public List<MemoSummary> search(String query) {
        return memos.search(query);
    }

    /**
     * The library rows for a filter, with each memo's figures. The first call also computes the
     * figures of analyses stored by an older MemoLens, once.
     */
    public List<LibraryEntry> list(LibraryFilter filter) {
        if (!figuresChecked) {
            library.backfillFigures();
            figuresChecked = true;
        }
        return library.list(filter);
    }

    public List<String> collections() {
        return library.collections();
    }

    public Optional<MemoDetails> open(long memoId) {
        return memos.find(memoId).map(memo -> new MemoDetails(memo, analyses.latest(memoId)));
    }
}
