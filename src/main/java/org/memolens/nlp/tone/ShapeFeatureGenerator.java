package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The look of a text rather than its words, which tells registers apart: length, case, links,
 * handles, hashtags, ticker symbols, figures and final punctuation ({@code shape=len:3},
 * {@code shape=lowercase}, {@code shape=ticker}, {@code shape=end:.}).
 */
public final class ShapeFeatureGenerator implements opennlp.tools.doccat.FeatureGenerator {

    public ShapeFeatureGenerator() {
        // OpenNLP instantiates feature generators by class name when it loads a model.
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        int n = text.length;
        features.add("shape=len:" + (n < 6 ? 0 : n < 12 ? 1 : n < 20 ? 2 : n < 35 ? 3 : 4));
        if (n == 0) {
            return features;
        }
        boolean anyUpper = false;
        int capitalised = 0;
        int numbers = 0;
        for (int i = 0; i < n; i++) {
            String t = text[i];
            if (t.chars().anyMatch(Character::isUpperCase)) {
                anyUpper = true;
            }
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
                capitalised++;
            }
            if (ToneTokens.isNumber(t)) {
                numbers++;
            }
            String lower = ToneTokens.lower(t);
            if (lower.startsWith("http") || lower.startsWith("www.")) {
                features.add("shape=url");
            } else if (lower.length() > 1 && lower.charAt(0) == '@') {
                features.add("shape=user");
            } else if (lower.length() > 1 && lower.charAt(0) == '#') {
                features.add("shape=hashtag");
            } else if (t.equals("$") && i + 1 < n && ToneTokens.isAllCapsWord(text[i + 1])) {
                features.add("shape=ticker");
            } else if (t.codePoints().anyMatch(c -> c >= 0x1F300)) {
                features.add("shape=emoji");
            }
        }
        if (!anyUpper) {
            features.add("shape=lowercase");
        }
        if (!text[0].isEmpty() && Character.isUpperCase(text[0].charAt(0))) {
            features.add("shape=capital-start");
        }
        if (n > 3 && capitalised * 2 > n) {
            features.add("shape=title-case");
        }
        if (numbers > 0) {
            features.add("shape=figures:" + Math.min(numbers, 3));
        }
        String last = text[n - 1];
        features.add("shape=end:" + (ToneTokens.isClauseBreak(last) || last.equals("!") ? last : "word"));
        return features;
    }
}
