package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kind of prose a sentence comes from. Words carry different tone in different registers ("up 5%"
 * in a market headline, "thanks" in a comment, "cheap" in a product review), and how often a
 * sentence states plain facts differs too. The tone model therefore learns each feature twice
 * ("frustratingly easy" domain adaptation, Daumé III 2007): once shared by all registers and once
 * for the sentence's register ({@code news|w=up}).
 */
public enum ToneRegister {
    /** corporate memos and internal announcements */
    MEMO,
    /** financial news and company releases, written as prose */
    NEWS,
    /** market headlines and posts about stocks (tickers, bullish or bearish calls) */
    MARKETS,
    /** social media posts and comments */
    SOCIAL,
    /** product, film and restaurant reviews */
    REVIEW;

    /** Key of the register in the extra information OpenNLP hands to every feature generator. */
    static final String KEY = "memolens.tone.register";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ToneRegister fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The extra information that tells the feature generators the register; empty for null. */
    static Map<String, Object> extraInformation(ToneRegister register) {
        return register == null ? Map.of() : Map.of(KEY, register);
    }

    /** The features and, when a register is given, their register-specific copies. */
    static Collection<String> adapt(List<String> features, Map<String, Object> extraInformation) {
        Object register = extraInformation == null ? null : extraInformation.get(KEY);
        if (!(register instanceof ToneRegister r)) {
            return features;
        }
        List<String> adapted = new ArrayList<>(features.size() * 2);
        adapted.addAll(features);
        String prefix = r.code() + "|";
        for (String f : features) {
            adapted.add(prefix + f);
        }
        return adapted;
    }
}
