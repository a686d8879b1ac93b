package org.memolens.research;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level: 0.39 · words per sentence + 11.8 · syllables per word − 15.59,
 * roughly the US school grade needed to read the text. Syllables are estimated from vowel groups
 * (a silent final "e" dropped, at least one per word), the usual approximation without a dictionary.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    /** The grade for a text of {@code sentences} sentences; 0 for an empty text. */
    public static double fleschKincaidGrade(String text, int sentences) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int syllables = 0;
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        boolean consonantLe = w.length() > 2 && w.endsWith("le") && "aeiouy".indexOf(w.charAt(w.length() - 3)) < 0;
        if (w.length() > 2 && w.endsWith("e") && !consonantLe && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        Matcher m = VOWELS.matcher(w);
        int groups = 0;
        while (m.find()) {
            groups++;
        }
        return Math.max(1, groups);
    }
}
