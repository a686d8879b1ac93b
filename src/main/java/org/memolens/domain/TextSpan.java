package org.memolens.domain;

/**
 * A half-open range [start, end) of UTF-16 offsets into a memo's canonical text, as OpenNLP's
 * {@code Span} is.
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
