package org.memolens.nlp.tone;

import java.util.Locale;

/** Normal forms of tokens shared by the rules and the feature generators. */
final class ToneTokens {

    private ToneTokens() {
    }

    /** Lower case with typographic apostrophes made ASCII, so "Don’t" and "don't" are one word. */
    static String lower(String token) {
        return token.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    }

    /** The form used for word features: numbers, links and user handles collapse to one symbol each. */
    static String feature(String token) {
        String lower = lower(token);
        if (isNumber(lower)) {
            return "<num>";
        }
        if (lower.startsWith("http") || lower.startsWith("www.")) {
            return "<url>";
        }
        if (lower.length() > 1 && lower.charAt(0) == '@') {
            return "<user>";
        }
        return lower;
    }

    /** A contraction such as "don't", "isn't", "won't", which the UD tokenizer keeps whole. */
    static boolean isNegatedContraction(String lower) {
        return lower.endsWith("n't") && lower.length() > 3;
    }

    /** True for "12", "13.1", "1,250", "-4.5", "+3" (percent signs are separate tokens). */
    static boolean isNumber(String token) {
        int digits = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (!(c == '.' || c == ',' || (i == 0 && (c == '-' || c == '+')))) {
                return false;
            }
        }
        return digits > 0;
    }

    /** The value of a number token, or NaN. */
    static double number(String token) {
        if (!isNumber(token)) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(token.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Scale of a unit word after a number ("13.1 mn"), or 1. */
    static double multiplier(String lower) {
        return switch (lower) {
            case "k", "thousand", "thousands" -> 1e3;
            case "m", "mn", "mln", "million", "millions" -> 1e6;
            case "bn", "b", "billion", "billions", "bln" -> 1e9;
            case "trillion", "tn" -> 1e12;
            default -> 1;
        };
    }

    /** Punctuation that ends the scope of a negation or a hedge. */
    static boolean isClauseBreak(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (".,;:!?()[]\"\u2013\u2014".indexOf(c) < 0 && !(c == '-' && token.length() > 1)) {
                return false;
            }
        }
        return true;
    }

    /** Punctuation that ends a sentence or a main clause (not a comma). */
    static boolean isStrongBreak(String token) {
        return !token.isEmpty() && ".;!?".indexOf(token.charAt(0)) >= 0 && isClauseBreak(token);
    }

    static boolean isAllCapsWord(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 1;
    }
}
