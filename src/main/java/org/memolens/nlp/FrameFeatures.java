package org.memolens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

import org.memolens.domain.TextSpan;

/**
 * What a user frame model sees of a sentence: lower-cased tokens from OpenNLP's rule-based
 * {@link SimpleTokenizer} (no model to load, the same at training and analysis time), as a bag of
 * words ("bow=") and word pairs ("bi=", {@link BigramFeatureGenerator}).
 */
final class FrameFeatures {

    private FrameFeatures() {
    }

    /** Tokens of {@code text} [start, end) with their spans in it. */
    static List<TextSpan> tokenSpans(String text, TextSpan sentence) {
        List<TextSpan> spans = new ArrayList<>();
        for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(sentence.of(text))) {
            spans.add(new TextSpan(sentence.start() + s.getStart(), sentence.start() + s.getEnd()));
        }
        return spans;
    }

    static String[] tokens(String sentence) {
        return java.util.Arrays.stream(SimpleTokenizer.INSTANCE.tokenize(sentence))
                .map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    static FeatureGenerator[] generators() {
        return new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new BigramFeatureGenerator()};
    }
}
