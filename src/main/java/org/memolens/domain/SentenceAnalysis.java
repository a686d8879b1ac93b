package org.memolens.domain;

import java.util.List;

/**
 * One sentence of a memo and what the analysis found in it.
 *
 * @param index      0-based position of the sentence in the memo
 * @param start      offset of its first char in the memo text (inclusive)
 * @param end        offset after its last char (exclusive)
 * @param tokenCount number of tokens; kept when {@code tokens} is not loaded
 * @param tokens     tokens with POS and lemma; empty when reloaded from storage, since they are
 *                   recomputed deterministically from the text and the recorded model versions
 */
public record SentenceAnalysis(int index, int start, int end, int tokenCount, List<Token> tokens) {

    public SentenceAnalysis {
        tokens = List.copyOf(tokens);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
    }

    public TextSpan span() {
        return new TextSpan(start, end);
    }

    public String text(String memoText) {
        return memoText.substring(start, end);
    }
}
