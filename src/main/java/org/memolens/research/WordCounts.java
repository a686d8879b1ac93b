package org.memolens.research;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word frequencies of a text for comparing vocabularies: runs of letters (keeping "don't" and
 * "co-founder" whole), lower-cased, curly apostrophes made straight. Numbers are left out: they
 * say more about a memo's date than about its wording.
 */
public final class WordCounts {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

    private WordCounts() {
    }

    public static Map<String, Integer> of(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(Locale.ROOT).replace('’', '\''), 1, Integer::sum);
        }
        return counts;
    }

    public static int total(Map<String, ? extends Number> counts) {
        return counts.values().stream().mapToInt(Number::intValue).sum();
    }

    /** Where each occurrence of {@code word} (as counted here) starts in {@code text}. */
    public static java.util.List<Integer> occurrences(String text, String word) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.group().toLowerCase(Locale.ROOT).replace('’', '\'').equals(word)) {
                starts.add(m.start());
            }
        }
        return starts;
    }
}
