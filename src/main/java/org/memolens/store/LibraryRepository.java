package org.memolens.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.memolens.domain.LibraryEntry;
import org.memolens.domain.LibraryFilter;

/**
 * The library as a whole: listing with figures, collections, and deleting with undo. A deleted memo
 * is only hidden (with its analyses) until {@link #purgeDeletedBefore} removes it for good.
 */
public interface LibraryRepository {

    /** Memos matching the filter, newest memo date first, with their figures; one query. */
    List<LibraryEntry> list(LibraryFilter filter);

    /** Names of all collections, in name order (case-insensitive). */
    List<String> collections();

    /** Puts the memos in the collection, creating it if needed. */
    void addToCollection(Collection<Long> memoIds, String collection);

    /** Takes the memos out of the collection; an empty collection disappears. */
    void removeFromCollection(Collection<Long> memoIds, String collection);

    /** Hides the memos from the library; {@link #restore} brings them back unchanged. */
    void delete(Collection<Long> memoIds, Instant at);

    void restore(Collection<Long> memoIds);

    /** Removes for good the memos deleted before {@code cutoff}, with their analyses; returns how many. */
    int purgeDeletedBefore(Instant cutoff);

    /** Computes and stores figures for newest runs stored without them; returns how many. */
    int backfillFigures();
}
