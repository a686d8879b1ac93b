package org.memolens.nlp.framing;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms under which a word is looked up in lexicons, codebook indicators and glossary patterns.
 * The statistical lemmatizer sometimes leaves an inflected form ("consolidated", "eliminations"
 * tagged ADJ), so a word also answers to a few crude stems of its surface form; British and
 * American spellings share one key. Lexicon entries go through {@link #canonical(String)}, so both
 * sides meet in the same spelling.
 */
final class WordForms {

    private static final Pattern ISE = Pattern.compile("(?<=\\p{L}{3})is(e|ed|es|ing|ation|ations|er|ers)$");
    private static final Pattern OUR = Pattern.compile("(?<=\\p{L}{3})our$");

    private WordForms() {
    }

    /** One spelling for British and American variants: "organisation" -> "organization", "centre" -> "center". */
    static String canonical(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() >= 5) {
            if (w.contains("is")) {
                w = ISE.matcher(w).replaceFirst("iz$1");
            }
            if (w.endsWith("our")) {
                w = OUR.matcher(w).replaceFirst("or");
            }
            if (w.endsWith("centre") || w.endsWith("centres")) {
                w = w.replace("centre", "center");
            }
        }
        return w;
    }

    /** Every key a token answers to: its lemma, its surface form and crude stems of both. */
    static String[] keys(String text, String lemma) {
        Set<String> keys = new LinkedHashSet<>(8);
        String lemmaKey = canonical(lemma);
        String textKey = canonical(text);
        keys.add(lemmaKey);
        keys.add(textKey);
        addStems(keys, textKey);
        if (!lemmaKey.equals(textKey)) {
            addStems(keys, lemmaKey);
        }
        return keys.toArray(String[]::new);
    }

    private static void addStems(Set<String> keys, String w) {
        int n = w.length();
        if (n < 4) {
            return;
        }
        if (w.endsWith("ies")) {
            keys.add(w.substring(0, n - 3) + "y");
        } else if (w.endsWith("es")) {
            keys.add(w.substring(0, n - 1));
            keys.add(w.substring(0, n - 2));
        } else if (w.endsWith("s") && !w.endsWith("ss")) {
            keys.add(w.substring(0, n - 1));
        }
        if (w.endsWith("ied")) {
            keys.add(w.substring(0, n - 3) + "y");
        } else if (w.endsWith("ed") && n > 4) {
            String stem = w.substring(0, n - 2);
            keys.add(stem);
            keys.add(stem + "e");
            undouble(keys, stem);
        }
        if (w.endsWith("ing") && n > 5) {
            String stem = w.substring(0, n - 3);
            keys.add(stem);
            keys.add(stem + "e");
            undouble(keys, stem);
        }
    }

    /** "stopped" -> "stop", "cutting" -> "cut". */
    private static void undouble(Set<String> keys, String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            keys.add(stem.substring(0, n - 1));
        }
    }
}
