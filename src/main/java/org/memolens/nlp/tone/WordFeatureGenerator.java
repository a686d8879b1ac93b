package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Words, crude stems and word pairs: {@code w=loved}, {@code stem=lov}, {@code bigram=not_good}. Lower case; numbers, links and
 * user handles collapse to {@code <num>}, {@code <url>}, {@code <user>}; commas and quotes are
 * dropped from unigrams but still separate bigrams.
 */
public final class WordFeatureGenerator implements FeatureGenerator {

    /** A crude suffix stripper: "loved", "loves", "loving" -> "lov". */
    static String stem(String w) {
        for (String suffix : new String[] {"'s", "ing", "ed", "es", "ly", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    public WordFeatureGenerator() {
        // OpenNLP instantiates feature generators by class name when it loads a model.
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(text.length * 2 + 2);
        String previous = "<s>";
        for (String token : text) {
            String word = ToneTokens.feature(token);
            boolean punctuation = ToneTokens.isClauseBreak(word) && !word.contains("!") && !word.contains("?");
            if (!punctuation) {
                features.add("w=" + word);
                String stem = stem(word);
                if (!stem.equals(word)) {
                    features.add("stem=" + stem);
                }
            }
            features.add("bigram=" + previous + "_" + word);
            previous = word;
        }
        features.add("bigram=" + previous + "_</s>");
        return ToneRegister.adapt(features, extraInformation);
    }
}
