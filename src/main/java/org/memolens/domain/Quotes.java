package org.memolens.domain;

/**
 * The text a coding quotes. A span is acceptable when it lies inside the memo text, is not empty
 * and does not cut a character in half: neither end may fall between the two UTF-16 units of a
 * character outside the Basic Multilingual Plane (an emoji, say), since such a quote would not be
 * valid Unicode and could not be exchanged as Unicode code point positions (REFI-QDA).
 */
public final class Quotes {

    private Quotes() {
    }

    /** Returns {@code memoText.substring(span)} after checking the span, or throws {@link InvalidInputException}. */
    public static String of(String memoText, TextSpan span) {
        if (span.length() == 0) {
            throw new InvalidInputException("Select at least one character to code.");
        }
        if (span.end() > memoText.length()) {
            throw new InvalidInputException("The span [" + span.start() + ", " + span.end()
                    + ") lies outside the memo text (" + memoText.length() + " characters).");
        }
        if (splitsCharacter(memoText, span.start()) || splitsCharacter(memoText, span.end())) {
            throw new InvalidInputException("The span [" + span.start() + ", " + span.end()
                    + ") cuts a character in half; extend it to whole characters.");
        }
        return span.of(memoText);
    }

    /** True if {@code offset} falls between a high and a low surrogate. */
    public static boolean splitsCharacter(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }
}
