package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Words inside the scope of a negation, marked as such: in "we don't expect any problems" the
 * features {@code neg=expect}, {@code neg=any}, {@code neg=problems}, so that a negated word and the
 * same word without negation are different evidence for the model.
 */
public final class NegationFeatureGenerator implements FeatureGenerator {

    public NegationFeatureGenerator() {
        // OpenNLP instantiates feature generators by class name when it loads a model.
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        boolean[] negated = ToneReadings.of(text).negated();
        List<String> features = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (negated[i]) {
                features.add("neg=" + ToneTokens.feature(text[i]));
            }
        }
        return ToneRegister.adapt(features, extraInformation);
    }
}
