package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * What the tone rules found, as features: one {@code lex=} feature per piece of evidence (its sign,
 * kind and whether a negation flipped it), the rule score in bands ({@code lex=score:pos2}) and the
 * balance of positive and negative evidence. The model learns how far to trust each.
 */
public final class LexiconFeatureGenerator implements FeatureGenerator {

    public LexiconFeatureGenerator() {
        // OpenNLP instantiates feature generators by class name when it loads a model.
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        RuleReading reading = ToneReadings.of(text);
        List<String> features = new ArrayList<>();
        for (RuleReading.Contribution c : reading.contributions()) {
            String sign = c.weight() > 0 ? "pos" : "neg";
            String kind = c.kind().name().toLowerCase(java.util.Locale.ROOT);
            features.add("lex=" + sign);
            features.add("lex=" + kind + ":" + sign + (Math.abs(c.weight()) >= 2 ? ":strong" : ""));
            if (c.negatedHere()) {
                features.add("lex=negated:" + (c.raw() > 0 ? "pos" : "neg"));
            }
        }
        features.add("lex=score:" + band(reading.compound()));
        double pos = reading.positive();
        double neg = reading.negative();
        if (pos == 0 && neg == 0) {
            features.add("lex=none");
        } else if (pos > 0 && neg > 0) {
            features.add("lex=mixed:" + (pos > neg ? "pos" : "neg"));
        }
        if (reading.hedged()) {
            features.add("lex=hedged:" + band(reading.compound()));
        }
        return ToneRegister.adapt(features, extraInformation);
    }

    /** The rule score in seven bands, from neg3 (below -0.6) to pos3 (above 0.6). */
    static String band(double compound) {
        double a = Math.abs(compound);
        if (a < 0.05) {
            return "zero";
        }
        String side = compound > 0 ? "pos" : "neg";
        return side + (a < 0.3 ? 1 : a < 0.6 ? 2 : 3);
    }
}
