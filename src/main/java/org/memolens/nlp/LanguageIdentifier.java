package org.memolens.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import org.memolens.domain.Language;

/**
 * Decides whether a memo is English: first by a cheap check on English function words, then, when
 * that check is not sure, with OpenNLP's language detector (103 languages).
 *
 * <p>Why the check: the detector scores character n-grams of 4,000 characters against 103 languages
 * (several milliseconds a memo, most of the time of a fast pipeline) and its model takes a 10 MB
 * load. Running English prose is 25-50% words such as "the", "which", "their", "would", which
 * are not words of other languages; other languages written in Latin script score under 10% (see
 * {@code LanguageIdentifierTest}). Text with at least {@value #CHECK_MIN_WORDS} words of which at
 * least {@value #CHECK_MIN_SHARE} are such words is English without asking the model; anything else
 * (short text, another language, a mix) goes to the detector as before, so non-English text is still
 * flagged. The confidence recorded for text decided by the check is that share.
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

    /** Version of the function-word check, recorded in every analysis run. */
    static final String CHECK_VERSION = "english-function-words-1";
    static final int CHECK_MIN_WORDS = 30;
    static final double CHECK_MIN_SHARE = 0.2;
    /** Frequent English function words that are not (common) words of another language in Latin script. */
    private static final Set<String> ENGLISH_ONLY = Set.of("the", "and", "that", "this", "with", "are", "have", "has",
            "been", "were", "would", "could", "should", "which", "their", "they", "them", "these", "those", "our",
            "your", "you", "from", "not", "about", "there", "what", "who", "than", "into", "its", "it", "be", "by",
            "can", "all", "will", "we", "is", "of", "to");

    private final Supplier<ThreadLocal<LanguageDetectorME>> detector;

    /** @param model loaded only when the function-word check is not sure */
    LanguageIdentifier(Supplier<LanguageDetectorModel> model) {
        this.detector = new Once<>(() -> {
            LanguageDetectorModel loaded = model.get();
            return ThreadLocal.withInitial(() -> new LanguageDetectorME(loaded));
        });
    }

    public Language identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return new Language(Language.UNDETERMINED, 0.0, true);
        }
        double share = englishShare(sample);
        if (share >= CHECK_MIN_SHARE) {
            return new Language(Language.ENGLISH, share, true);
        }
        return detect(sample);
    }

    /** The detector's verdict alone, without the function-word check (for measuring their agreement). */
    Language detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return new Language(Language.UNDETERMINED, 0.0, true);
        }
        opennlp.tools.langdetect.Language[] ranked = detector.get().get().predictLanguages(sample);
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

    /**
     * The share of words that are English-only function words, or 0 below {@link #CHECK_MIN_WORDS}
     * words. A word is a run of letters, compared in lower case.
     */
    static double englishShare(String sample) {
        int words = 0;
        int english = 0;
        int i = 0;
        int n = sample.length();
        while (i < n) {
            while (i < n && !Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (i - start <= 6 && ENGLISH_ONLY.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
                    english++;
                }
            }
        }
        return words < CHECK_MIN_WORDS ? 0 : english / (double) words;
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
