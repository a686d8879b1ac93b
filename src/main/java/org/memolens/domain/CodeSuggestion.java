package org.memolens.domain;

/**
 * A frame the machine found in a sentence, offered to a coder as a possible coding. Accepting it
 * creates a coding of the whole sentence; rejecting it is remembered so it is not offered again.
 *
 * @param memoId the memo
 * @param code   the frame code
 * @param span   the sentence, [start, end) UTF-16 offsets into the memo text
 * @param score  the detector's strength of belief, in [0, 1]
 * @param source rule or model
 */
public record CodeSuggestion(long memoId, String code, TextSpan span, double score, DetectorSource source) {
}
