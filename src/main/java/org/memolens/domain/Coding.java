package org.memolens.domain;

import java.time.Instant;

/**
 * A human annotation: one coder applied one code to a span of one memo.
 *
 * <p>The span is a half-open range of UTF-16 offsets [start, end) into the memo's canonical text,
 * and {@code quote} always equals that text's substring: memo text never changes, so the quote is
 * a check, not a copy that could drift. A coder applies a code to a given span at most once.
 *
 * @param id        database id
 * @param memoId    the memo coded
 * @param code      the code's identifier in the project codebook, e.g. "EFFICIENCY"
 * @param coderId   the coder who made it
 * @param span      [start, end) into the memo text, never empty
 * @param quote     the coded text, {@code span.of(memoText)}
 * @param note      the coder's comment, "" when there is none
 * @param createdAt when it was first made
 * @param updatedAt when its note or span last changed
 */
public record Coding(long id, long memoId, String code, long coderId, TextSpan span, String quote, String note,
        Instant createdAt, Instant updatedAt) {

    public Coding {
        if (span.length() == 0) {
            throw new InvalidInputException("A coding needs at least one character of text.");
        }
        note = note == null ? "" : note;
    }

    public Coding withId(long newId) {
        return new Coding(newId, memoId, code, coderId, span, quote, note, createdAt, updatedAt);
    }

    public Coding withNote(String newNote, Instant at) {
        return new Coding(id, memoId, code, coderId, span, quote, newNote, createdAt, at);
    }

    public Coding withSpan(TextSpan newSpan, String newQuote, Instant at) {
        return new Coding(id, memoId, code, coderId, newSpan, newQuote, note, createdAt, at);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** True if this coding shares at least one character with {@code other}. */
    public boolean overlaps(TextSpan other) {
        return span.start() < other.end() && other.start() < span.end();
    }
}
