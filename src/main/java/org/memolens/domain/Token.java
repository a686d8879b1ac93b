package org.memolens.domain;

/**
 * One token of a sentence.
 *
 * @param start offset of its first char in the memo text (inclusive)
 * @param end   offset after its last char (exclusive)
 * @param text  the surface form, equal to {@code memoText.substring(start, end)}
 * @param pos   Universal Dependencies part-of-speech tag (NOUN, VERB, AUX, ...)
 * @param lemma dictionary form, lower case for common words
 */
public record Token(int start, int end, String text, String pos, String lemma) {
}
