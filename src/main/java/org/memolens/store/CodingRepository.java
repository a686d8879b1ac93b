package org.memolens.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.memolens.domain.Coding;
import org.memolens.domain.TextSpan;

/**
 * Codings, and the machine suggestions coders rejected. Every write checks that the quote equals
 * the memo text at the span and that the coder has not coded the same span with the same code.
 */
public interface CodingRepository {

    /** Stores a new coding (its id is ignored) and returns it with its id. */
    Coding add(Coding coding);

    /** Stores the coding unless the same coder already coded the same span with the same code. */
    Optional<Coding> addIfAbsent(Coding coding);

    /** Stores a coding again under its own id, as it was (undo of a removal, redo of an addition). */
    void restore(Coding coding);

    /** Replaces the note, span, quote and update time of the stored coding with {@code coding.id()}. */
    void update(Coding coding);

    /** Deletes the coding and returns it as it was. */
    Coding remove(long id);

    Optional<Coding> find(long id);

    /** The codings of one memo, by start offset. */
    List<Coding> forMemo(long memoId);

    /**
     * Codings matching every non-empty filter, by memo and start offset.
     *
     * @param coderIds only these coders; empty for all
     * @param memoIds  only these memos; empty for all
     * @param codes    only these code identifiers; empty for all
     */
    List<Coding> find(Collection<Long> coderIds, Collection<Long> memoIds, Collection<String> codes);

    /** Memos in which the coder has at least one coding. */
    Set<Long> memosCodedBy(long coderId);

    /** Remembers that the coder rejected the suggestion of {@code code} for {@code span}. */
    void reject(long coderId, String code, long memoId, TextSpan span);

    /** Forgets a rejection (undo). */
    void unreject(long coderId, String code, long memoId, TextSpan span);

    /** The coder's rejected suggestions in one memo. */
    Set<Rejection> rejections(long coderId, long memoId);

    /** A rejected suggestion: a code for a span. */
    record Rejection(String code, TextSpan span) {
    }
}
