package org.memolens.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.memolens.domain.MemoMetadata;
import org.memolens.store.LibraryRepository;
import org.memolens.store.MemoRepository;

/**
 * Use case: keep the library in order. Edit a memo's metadata, group memos in collections, delete
 * memos with undo. A deleted memo is kept (hidden) for {@link #KEEP_DELETED} and then purged.
 */
public final class OrganizeLibrary {

    /** How long a deleted memo can still be brought back (undo, or importing its text again). */
    public static final Duration KEEP_DELETED = Duration.ofDays(30);

    private final MemoRepository memos;
    private final LibraryRepository library;
    private final Clock clock;

    public OrganizeLibrary(MemoRepository memos, LibraryRepository library, Clock clock) {
        this.memos = memos;
        this.library = library;
        this.clock = clock;
    }

    public void updateMetadata(long memoId, MemoMetadata metadata) {
        memos.updateMetadata(memoId, metadata);
    }

    public List<String> collections() {
        return library.collections();
    }

    public void addToCollection(Collection<Long> memoIds, String collection) {
        library.addToCollection(memoIds, collection);
    }

    public void removeFromCollection(Collection<Long> memoIds, String collection) {
        library.removeFromCollection(memoIds, collection);
    }

    /** Hides the memos; returns what {@link #restore} needs to undo it. */
    public List<Long> delete(Collection<Long> memoIds) {
        library.delete(memoIds, clock.instant());
        return List.copyOf(memoIds);
    }

    public void restore(Collection<Long> memoIds) {
        library.restore(memoIds);
    }

    /** Removes for good what was deleted longer than {@link #KEEP_DELETED} ago; returns how many. */
    public int purgeOldDeleted() {
        return library.purgeDeletedBefore(clock.instant().minus(KEEP_DELETED));
    }
}
