package org.memolens.nlp;

import java.util.List;

import org.memolens.domain.Language;

/**
 * How often the English function-word check (see {@link LanguageIdentifier}) decides a text, and
 * how often OpenNLP's language detector alone would have refused one of those texts as not English:
 * the check that the faster path never changes a decision.
 */
public final class LanguageCheckAgreement {

    /** Texts looked at, texts the check decided, and of those the ones the detector calls not English. */
    public record Result(long texts, long decidedByCheck, long detectorDisagrees) {
    }

    private LanguageCheckAgreement() {
    }

    public static Result measure(List<String> texts) {
        NlpModels models = new NlpModels();
        LanguageIdentifier identifier = new LanguageIdentifier(models::language);
        long decided = 0;
        long disagree = 0;
        for (String text : texts) {
            String sample = text.length() > 4_000 ? text.substring(0, 4_000) : text;
            if (LanguageIdentifier.englishShare(sample) >= LanguageIdentifier.CHECK_MIN_SHARE) {
                decided++;
                Language detected = identifier.detect(text);
                if (!detected.analysable()) {
                    disagree++;
                }
            }
        }
        return new Result(texts.size(), decided, disagree);
    }
}
