package org.memolens.ui.memo;

import java.util.List;

/**
 * A range of the memo text drawn with some style classes instead of the analysis colours (a
 * coding, a machine suggestion). {@code code} names the code whose colour the margin shows, or is
 * null for a mark the margin ignores.
 *
 * @param start first UTF-16 offset, inclusive
 * @param end   last UTF-16 offset, exclusive
 */
public record TextMark(int start, int end, List<String> styleClasses, String code) {

    public TextMark {
        styleClasses = List.copyOf(styleClasses);
    }
}
