package org.memolens.domain;

/**
 * One device found in a sentence.
 *
 * @param start offset into the memo text (inclusive)
 * @param end   offset into the memo text (exclusive)
 * @param text  equal to {@code memoText.substring(start, end)}
 * @param gloss the plain-language meaning (euphemisms) or an explanation ("who decided?"), or null
 */
public record DeviceHit(DeviceType type, int start, int end, String text, String gloss) {
}
