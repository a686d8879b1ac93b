package org.memolens.store;

import java.util.List;
import java.util.Optional;

import org.memolens.domain.ImportedMemo;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.MemoSummary;
import org.memolens.domain.NewMemo;

/** Stored memos. The text of a stored memo never changes; its metadata may. */
public interface MemoRepository {

    /**
     * Stores the memo unless the same text is already stored, in which case that memo is returned
     * (and brought back if it had been deleted).
     */
    ImportedMemo add(NewMemo memo);

    Optional<Memo> find(long id);

    /** The memo whose canonical text has this SHA-256 (hex), if stored. */
    Optional<Memo> findBySha256(String sha256);

    /** Every memo id, ascending: cheap, for walking a large library one memo at a time. */
    List<Long> ids();

    /**
     * Memos not deleted whose title, author, source or text contain every word of {@code query}, as a
     * word or the start of one, ignoring case and accents (full-text index); newest memo date first;
     * all memos for a blank query, none for a query without any word.
     */
    List<MemoSummary> search(String query);

    /** Memos in the library, deleted ones not counted. */
    int count();

    /** Replaces title, author, date and source; the text is untouched. */
    void updateMetadata(long id, MemoMetadata metadata);
}
