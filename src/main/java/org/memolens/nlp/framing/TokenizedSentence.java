package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.List;

import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Token;
import org.memolens.nlp.LinguisticPipeline;

/** A labelled sentence with the pipeline's tokens (offsets into the sentence's own text). */
record TokenizedSentence(LabelledSentence labelled, List<Token> tokens) {

    static List<TokenizedSentence> of(LinguisticPipeline pipeline, List<LabelledSentence> sentences) {
        List<TokenizedSentence> result = new ArrayList<>(sentences.size());
        for (LabelledSentence s : sentences) {
            // A labelled item is one sentence; should the detector cut it, its pieces are joined again.
            List<Token> tokens = new ArrayList<>();
            for (SentenceAnalysis piece : pipeline.analyze(s.text())) {
                tokens.addAll(piece.tokens());
            }
            result.add(new TokenizedSentence(s, tokens));
        }
        return result;
    }

    String text() {
        return labelled.text();
    }
}
