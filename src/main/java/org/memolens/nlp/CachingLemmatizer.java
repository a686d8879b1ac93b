package org.memolens.nlp;

import java.util.Locale;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Lemmas from OpenNLP's statistical lemmatizer, looked up once per distinct (word, POS tag) pair.
 *
 * <p>Why: {@link LemmatizerME} costs about 85% of a naive pipeline's time, and a memo corpus
 * repeats the same few thousand word forms. Each pair is lemmatised on its own, out of sentence
 * context, so a lemma is a pure function of word and tag: results are the same whatever order memos
 * are analysed in, and the cache can be shared by all threads. Closed classes that have no lemma
 * to find (punctuation, numbers, symbols) skip the model.
 *
 * <p>Thread-safe.
 */
final class CachingLemmatizer {

    private static final int CACHE_SIZE = 500_000;

    private final ThreadLocal<LemmatizerME> lemmatizer;
    private final BoundedCache<String, String> lemmas = new BoundedCache<>(CACHE_SIZE);

    CachingLemmatizer(LemmatizerModel model) {
        this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(model));
    }

    String lemma(String word, String pos) {
        switch (pos) {
            case "PUNCT", "NUM", "SYM", "X":
                return word;
            case "PROPN":
                return word;
            default:
                return lemmas.get(word + '\t' + pos, key -> lemmatize(word, pos));
        }
    }

    private String lemmatize(String word, String pos) {
        String lemma = lemmatizer.get().lemmatize(new String[] {word}, new String[] {pos})[0];
        // The model answers "O" or "_" when no edit script fits; fall back to the word itself.
        if (lemma == null || lemma.isEmpty() || "O".equals(lemma) || "_".equals(lemma)) {
            return word.toLowerCase(Locale.ROOT);
        }
        return lemma;
    }
}
