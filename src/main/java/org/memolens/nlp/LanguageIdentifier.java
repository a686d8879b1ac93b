package org.memolens.nlp;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import org.memolens.domain.Language;

/**
 * Decides whether a memo is English, with OpenNLP's language detector (103 languages).
 *
 * <p>The detector spreads probability over all its languages, so even clear English gets a low
 * absolute score; what matters is the margin over English. Short texts carry too little evidence
 * ("Thanks all." scores Waray just above English), so below {@link #MIN_LETTERS} letters the
 * language is "und" and the text is analysed as English.
 *
 * <p>Thread-safe: one detector per thread.
 */
public final class LanguageIdentifier {

    static final int MIN_LETTERS = 40;
    /** Only the start of a memo is read: a few thousand characters decide the language. */
    private static final int SAMPLE_CHARS = 4_000;
    /** Another language must beat English by this factor before a memo is refused as non-English. */
    private static final double MARGIN_OVER_ENGLISH = 1.5;

    private final ThreadLocal<LanguageDetectorME> detector;

    LanguageIdentifier(LanguageDetectorModel model) {
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    public Language identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return new Language(Language.UNDETERMINED, 0.0, true);
        }
        opennlp.tools.langdetect.Language[] ranked = detector.get().predictLanguages(sample);
        opennlp.tools.langdetect.Language best = ranked[0];
        if (Language.ENGLISH.equals(best.getLang())) {
            return new Language(Language.ENGLISH, best.getConfidence(), true);
        }
        double english = 0.0;
        for (opennlp.tools.langdetect.Language candidate : ranked) {
            if (Language.ENGLISH.equals(candidate.getLang())) {
                english = candidate.getConfidence();
                break;
            }
        }
        if (best.getConfidence() <= english * MARGIN_OVER_ENGLISH) {
            return new Language(Language.ENGLISH, english, true);
        }
        return new Language(best.getLang(), best.getConfidence(), false);
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
