package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.junit.jupiter.api.Test;

class CachingTokenizerTest {

    @Test
    void cachedSplitsGiveExactlyTheTokensOfTheStatisticalTokenizer() {
        NlpModels models = new NlpModels();
        CachingTokenizer cached = new CachingTokenizer(models.tokens());
        TokenizerME plain = new TokenizerME(models.tokens());
        List<String> sentences = List.of(
                "We're cutting ~4% of roles (about 1,200) in the U.S. and won't backfill.",
                "\"Customer-obsessed,\" she said: it's day one... again!",
                "E-mail hr@example.com or call +1-555-0100 by 5 p.m. on Oct. 3rd.",
                "We're cutting more; we won't stop.");
        for (int round = 0; round < 2; round++) {
            for (String s : sentences) {
                Span[] expected = plain.tokenizePos(s);
                assertArrayEquals(expected, cached.tokenize(s).toArray(Span[]::new), s);
            }
        }
    }
}
