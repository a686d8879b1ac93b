package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many patterns, each with a payload, indexed by their first word so that a sentence is scanned
 * once instead of once per pattern. Immutable after construction; thread-safe.
 */
final class PatternIndex<T> {

    /** A match of one pattern: units {@code from..to} inclusive. */
    record Match<T>(TokenPattern pattern, T payload, int from, int to) {
    }

    private record Entry<T>(TokenPattern pattern, T payload) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry<T>>> byFirstTag = new HashMap<>();
    private final List<Entry<T>> others = new ArrayList<>();

    void add(TokenPattern pattern, T payload) {
        Entry<T> entry = new Entry<>(pattern, payload);
        if (pattern.firstWord() != null) {
            byFirstWord.computeIfAbsent(pattern.firstWord(), k -> new ArrayList<>()).add(entry);
        } else if (pattern.firstTag() != null) {
            byFirstTag.computeIfAbsent(pattern.firstTag(), k -> new ArrayList<>()).add(entry);
        } else {
            others.add(entry);
        }
    }

    /** Every match in the sentence, in order of start, longest first at the same start. */
    List<Match<T>> findAll(MatchableSentence s) {
        List<Match<T>> matches = new ArrayList<>();
        for (int u = 0; u < s.size(); u++) {
            int before = matches.size();
            MatchableSentence.Unit unit = s.get(u);
            for (String key : unit.keys()) {
                List<Entry<T>> entries = byFirstWord.get(key);
                if (entries != null) {
                    for (Entry<T> e : entries) {
                        tryAt(s, u, e, matches);
                    }
                }
            }
            String pos = unit.pos();
            for (String tag : pos.indexOf('+') < 0 ? new String[] {pos} : pos.split("\\+")) {
                List<Entry<T>> entries = byFirstTag.get(tag);
                if (entries != null) {
                    for (Entry<T> e : entries) {
                        tryAt(s, u, e, matches);
                    }
                }
            }
            for (Entry<T> e : others) {
                tryAt(s, u, e, matches);
            }
            if (matches.size() - before > 1) {
                matches.subList(before, matches.size()).sort((a, b) -> Integer.compare(b.to(), a.to()));
            }
        }
        return dedupe(matches);
    }

    private void tryAt(MatchableSentence s, int u, Entry<T> e, List<Match<T>> matches) {
        int end = e.pattern().matchAt(s, u);
        if (end >= 0) {
            matches.add(new Match<>(e.pattern(), e.payload(), u, end));
        }
    }

    /** The same pattern can be reached through two keys of one unit; keep it once. */
    private static <T> List<Match<T>> dedupe(List<Match<T>> matches) {
        List<Match<T>> unique = new ArrayList<>(matches.size());
        for (Match<T> m : matches) {
            boolean seen = false;
            for (int i = unique.size() - 1; i >= 0 && unique.get(i).from() == m.from(); i--) {
                if (unique.get(i).pattern() == m.pattern()) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                unique.add(m);
            }
        }
        return unique;
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty() && byFirstTag.isEmpty() && others.isEmpty();
    }
}
