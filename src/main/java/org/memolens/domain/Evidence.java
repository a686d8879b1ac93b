package org.memolens.domain;

/**
 * A piece of text that supports a result, and how much it counted.
 *
 * @param start  offset of its first char in the memo text (inclusive)
 * @param end    offset after its last char (exclusive)
 * @param text   equal to {@code memoText.substring(start, end)}
 * @param weight its contribution: signed for tone (negative pushes towards negative tone); for
 *               frames and impact the strength of the indicator, 1.0 when all count alike
 */
public record Evidence(int start, int end, String text, double weight) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
    }
}
