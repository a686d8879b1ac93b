package org.memolens.nlp.framing;

import java.util.List;
import java.util.Set;

/**
 * The transparent indicators of one frame code, compiled from the codebook: single lemmas (weak
 * evidence on their own), phrases and POS patterns (strong evidence).
 *
 * @param lemmas   canonical lemmas (see {@link WordForms#canonical(String)})
 * @param phrases  word sequences, contiguous
 * @param patterns sequences of words, {@code <TAG>}s and {@code *}, contiguous
 */
record FrameIndicators(String code, Set<String> lemmas, List<TokenPattern> phrases, List<TokenPattern> patterns) {

    FrameIndicators {
        lemmas = Set.copyOf(lemmas);
        phrases = List.copyOf(phrases);
        patterns = List.copyOf(patterns);
    }
}
