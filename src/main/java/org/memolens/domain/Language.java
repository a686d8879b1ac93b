package org.memolens.domain;

/**
 * The language a memo is written in.
 *
 * @param code       ISO 639-3 code ("eng", "fra", ...), or "und" when the text is too short to tell
 * @param confidence in [0, 1]: the language detector's probability for that language, or, for text
 *                   found English by the function-word check, the share of English function words
 * @param analysable whether MemoLens's English models may analyse it
 */
public record Language(String code, double confidence, boolean analysable) {

    public static final String ENGLISH = "eng";
    public static final String UNDETERMINED = "und";

    public boolean isEnglish() {
        return ENGLISH.equals(code);
    }
}
