package org.memolens.research;

import java.util.List;

import org.memolens.domain.TextSpan;

/**
 * A memo cut into the units agreement is measured on: its sentences.
 *
 * @param sentences [start, end) UTF-16 offsets into {@code text}, in order
 */
public record MemoUnits(long memoId, String title, String text, List<TextSpan> sentences) {

    public MemoUnits {
        sentences = List.copyOf(sentences);
    }
}
