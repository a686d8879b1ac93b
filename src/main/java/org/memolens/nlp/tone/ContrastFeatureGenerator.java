package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The clause after "but" or "however", which carries the writer's conclusion: its words as
 * {@code after=} features, and the sign of the rule evidence on either side of the contrast
 * ({@code contrast=pos>neg} for "good start, but weak finish").
 */
public final class ContrastFeatureGenerator implements FeatureGenerator {

    public ContrastFeatureGenerator() {
        // OpenNLP instantiates feature generators by class name when it loads a model.
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        RuleReading reading = ToneReadings.of(text);
        boolean[] after = reading.afterContrast();
        List<String> features = new ArrayList<>();
        int firstAfter = -1;
        for (int i = 0; i < text.length; i++) {
            if (after[i]) {
                if (firstAfter < 0) {
                    firstAfter = i;
                }
                features.add("after=" + ToneTokens.feature(text[i]));
            }
        }
        if (firstAfter >= 0) {
            double before = 0;
            double later = 0;
            for (RuleReading.Contribution c : reading.contributions()) {
                if (c.first() >= firstAfter) {
                    later += c.weight();
                } else {
                    before += c.weight();
                }
            }
            features.add("contrast=" + sign(before) + ">" + sign(later));
        }
        return ToneRegister.adapt(features, extraInformation);
    }

    private static String sign(double v) {
        return v > 0.05 ? "pos" : v < -0.05 ? "neg" : "zero";
    }
}
