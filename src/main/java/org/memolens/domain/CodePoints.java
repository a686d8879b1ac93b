package org.memolens.domain;

/**
 * Converts between MemoLens offsets (UTF-16 code units, as Java strings and OpenNLP count) and
 * Unicode code point offsets (as REFI-QDA positions and Python strings count). They differ after
 * every character outside the Basic Multilingual Plane, such as an emoji, which is two UTF-16 units
 * but one code point.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** The code point offset of UTF-16 offset {@code utf16} in {@code text}. */
    public static int fromUtf16(String text, int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside [0, " + text.length() + "]");
        }
        return text.codePointCount(0, utf16);
    }

    /**
     * The UTF-16 offset of code point offset {@code codePoints} in {@code text}, or -1 if the text
     * has fewer code points.
     */
    public static int toUtf16(String text, int codePoints) {
        if (codePoints < 0) {
            return -1;
        }
        try {
            return text.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }
}
