package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sequence of token conditions, written as space-separated items: a word (matched against a
 * unit's lemma, surface form and stems, see {@link WordForms}), a UD tag in angle brackets
 * ({@code <PRON>}), or {@code *} for any token. "reduce the need for", "<PRON> take responsibility".
 *
 * <p>A pattern may allow short gaps of filler words between its items (determiners, possessives,
 * numbers, adjectives, adverbs, auxiliaries), so that the glossary entry "eliminate role" also
 * meets "eliminate approximately 240 roles". Immutable and thread-safe.
 */
final class TokenPattern {

    /** The UD part-of-speech tags (Universal Dependencies v2). */
    static final Set<String> UD_TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private static final Set<String> FILLER_TAGS = Set.of("DET", "PRON", "NUM", "ADJ", "ADV", "AUX", "PART", "SYM");

    /** One item of a pattern. */
    private record Item(String word, String tag) {
        boolean any() {
            return word == null && tag == null;
        }

        boolean matches(MatchableSentence.Unit unit) {
            if (word != null) {
                return unit.is(word);
            }
            return tag == null || unit.pos(tag);
        }
    }

    private final String source;
    private final List<Item> items;
    private final int maxGap;

    private TokenPattern(String source, List<Item> items, int maxGap) {
        this.source = source;
        this.items = List.copyOf(items);
        this.maxGap = maxGap;
    }

    /**
     * Compiles a pattern.
     *
     * @param maxGap how many filler units may stand between two consecutive items (0: contiguous)
     * @throws IllegalArgumentException saying which item is wrong
     */
    static TokenPattern compile(String pattern, int maxGap) {
        List<Item> items = new ArrayList<>();
        for (String raw : pattern.strip().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.equals("*")) {
                items.add(new Item(null, null));
            } else if (raw.startsWith("<") || raw.endsWith(">")) {
                String tag = raw.length() > 2 && raw.startsWith("<") && raw.endsWith(">")
                        ? raw.substring(1, raw.length() - 1) : raw;
                if (!UD_TAGS.contains(tag)) {
                    throw new IllegalArgumentException("\"" + raw + "\" is not a UD part-of-speech tag such as <PRON>, <VERB>, <NOUN>");
                }
                items.add(new Item(null, tag));
            } else {
                addWord(items, raw);
            }
        }
        if (items.isEmpty() || items.stream().allMatch(Item::any)) {
            throw new IllegalArgumentException("a pattern needs at least one word or tag");
        }
        return new TokenPattern(pattern.strip(), items, maxGap);
    }

    /** A hyphenated word becomes its parts and hyphens, as {@link MatchableSentence} splits tokens. */
    private static void addWord(List<Item> items, String raw) {
        String word = WordForms.canonical(raw);
        int hyphen = word.indexOf('-', 1);
        if (hyphen > 0 && hyphen < word.length() - 1) {
            String[] parts = word.split("-", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    items.add(new Item("-", null));
                }
                if (!parts[i].isEmpty()) {
                    items.add(new Item(WordForms.canonical(parts[i]), null));
                }
            }
        } else {
            items.add(new Item(word, null));
        }
    }

    String source() {
        return source;
    }

    /** The word of the first item, or null when the pattern starts with a tag or {@code *}. */
    String firstWord() {
        return items.get(0).word();
    }

    /** The tag of the first item, or null when the pattern starts with a word or {@code *}. */
    String firstTag() {
        return items.get(0).tag();
    }

    /** Index of the last unit of a match starting at unit {@code start}, or -1. */
    int matchAt(MatchableSentence s, int start) {
        return match(s, 0, start, true);
    }

    private int match(MatchableSentence s, int item, int unit, boolean first) {
        if (item == items.size()) {
            return unit - 1;
        }
        Item it = items.get(item);
        int gapsLeft = first ? 0 : maxGap;
        for (int u = unit; u < s.size(); u++) {
            MatchableSentence.Unit candidate = s.get(u);
            if (it.matches(candidate)) {
                int end = match(s, item + 1, u + 1, false);
                if (end >= 0) {
                    return end;
                }
            }
            if (gapsLeft-- <= 0 || !isFiller(candidate)) {
                break;
            }
        }
        return -1;
    }

    private static boolean isFiller(MatchableSentence.Unit u) {
        for (String tag : FILLER_TAGS) {
            if (u.pos(tag)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return source;
    }
}
