package org.memolens.domain;

import java.util.List;

/**
 * One row of the library: a memo without its text, its figures (null if it was never analysed)
 * and the collections it belongs to, in name order.
 */
public record LibraryEntry(MemoSummary memo, MemoFigures figures, List<String> collections) {

    public LibraryEntry {
        collections = List.copyOf(collections);
    }

    public long id() {
        return memo.id();
    }

    public String title() {
        return memo.title();
    }
}
