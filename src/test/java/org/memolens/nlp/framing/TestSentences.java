package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.List;

import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Token;
import org.memolens.nlp.SharedModels;

/** Sentences run through the real OpenNLP pipeline, for detector tests. */
final class TestSentences {

    private static final FrameCodebook CODEBOOK = ShippedFraming.codebook();
    private static final EuphemismGlossary GLOSSARY = ShippedFraming.glossary();

    private TestSentences() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (SentenceAnalysis s : SharedModels.pipeline().analyze(text)) {
            tokens.addAll(s.tokens());
        }
        return tokens;
    }

    static MatchableSentence sentence(String text) {
        return MatchableSentence.of(text, tokens(text));
    }

    static FrameCodebook codebook() {
        return CODEBOOK;
    }

    static EuphemismGlossary glossary() {
        return GLOSSARY;
    }

    /** Framing by rules alone (no model), as the detectors see it. */
    static SentenceFraming.Result rules(String text) {
        return new SentenceFraming(CODEBOOK, GLOSSARY, null).analyze(text, tokens(text));
    }
}
