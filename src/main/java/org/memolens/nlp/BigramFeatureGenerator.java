package org.memolens.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Word pairs as document categorizer features ("bi=cut_costs"). OpenNLP recreates feature
 * generators from their class names when it reads a model, through a public no-argument
 * constructor; its own n-gram generator would come back as unigrams that way, so user frame
 * models use this one.
 */
public final class BigramFeatureGenerator implements FeatureGenerator {

    public BigramFeatureGenerator() {
        // needed by OpenNLP to recreate the generator when a model is read
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(Math.max(tokens.length - 1, 0));
        for (int i = 0; i + 1 < tokens.length; i++) {
            features.add("bi=" + tokens[i] + "_" + tokens[i + 1]);
        }
        return features;
    }
}
