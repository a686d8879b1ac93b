package org.memolens.research;

import java.util.List;
import java.util.Set;

import org.memolens.domain.TextSpan;

/**
 * One source of codes to compare: a human coder, or the machine's frames.
 *
 * @param name  shown in reports ("Ann", "machine")
 * @param memos the memos this rater coded; in any other memo the rater's values are missing, not
 *              "no code" (a coder who never opened a memo did not decide that it has no frames)
 * @param spans the rater's coded spans
 */
public record Rater(String name, Set<Long> memos, List<CodedSpan> spans) {

    public Rater {
        memos = Set.copyOf(memos);
        spans = List.copyOf(spans);
    }

    /** One code applied to one span of one memo. */
    public record CodedSpan(long memoId, String code, TextSpan span) {
    }
}
