package org.memolens.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's statistical tokenizer with its decisions memoised. {@link TokenizerME} first splits on
 * white space and then decides splits inside each white-space token from that token's characters
 * alone, so caching the split of each distinct white-space token gives exactly the same tokens while
 * running the model once per distinct word form instead of once per occurrence.
 *
 * <p>Thread-safe: the cache is shared, each thread gets its own {@link TokenizerME}.
 */
final class CachingTokenizer {

    private static final int CACHE_SIZE = 500_000;

    private final ThreadLocal<TokenizerME> tokenizer;
    private final BoundedCache<String, Span[]> splits = new BoundedCache<>(CACHE_SIZE);

    CachingTokenizer(TokenizerModel model) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
    }

    /** Token spans of {@code text}, offsets relative to its start. */
    List<Span> tokenize(String text) {
        List<Span> tokens = new ArrayList<>();
        for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            String form = text.substring(word.getStart(), word.getEnd());
            for (Span piece : splits.get(form, this::split)) {
                tokens.add(new Span(word.getStart() + piece.getStart(), word.getStart() + piece.getEnd()));
            }
        }
        return tokens;
    }

    private Span[] split(String form) {
        return tokenizer.get().tokenizePos(form);
    }
}
