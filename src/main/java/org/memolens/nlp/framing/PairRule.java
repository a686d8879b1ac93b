package org.memolens.nlp.framing;

import java.util.List;
import java.util.Set;

/**
 * A two-word cue: a head word (a verb or its noun) and an argument word within a few words of it,
 * in either order: "eliminate approximately 240 roles", "roles will be eliminated", "job cuts",
 * "pause on merit increases". The gap may not cross a clause boundary (punctuation other than
 * hyphens and percent signs), so a head in one clause does not pair with a noun in the next.
 * A passive puts more words between them ("merit increases for 2026 will be deferred"), so the
 * window before the head may be wider than the one after it.
 *
 * @param headTags     UD tags the head may carry; empty for any
 * @param argumentTags UD tags the argument may carry; empty for any
 * @param window       words allowed between a head and an argument after it
 * @param windowBefore words allowed between an argument and a head after it
 */
record PairRule(String kind, Set<String> heads, Set<String> headTags, Set<String> arguments,
        Set<String> argumentTags, int window, int windowBefore) {

    PairRule(String kind, Set<String> heads, Set<String> headTags, Set<String> arguments, Set<String> argumentTags,
            int window) {
        this(kind, heads, headTags, arguments, argumentTags, window, window);
    }

    static final Set<String> VERBISH = Set.of("VERB", "NOUN", "ADJ", "PROPN", "X");
    static final Set<String> NOUNISH = Set.of("NOUN", "PROPN", "X", "ADJ");

    void find(MatchableSentence s, List<Cue> out) {
        for (int h = 0; h < s.size(); h++) {
            MatchableSentence.Unit head = s.get(h);
            if (!accepts(head, heads, headTags)) {
                continue;
            }
            int after = scan(s, h, 1);
            int before = after >= 0 ? -1 : scan(s, h, -1);
            if (after >= 0) {
                out.add(new Cue(kind, h, after, 1));
            } else if (before >= 0) {
                out.add(new Cue(kind, before, h, 1));
            }
        }
    }

    private int scan(MatchableSentence s, int h, int step) {
        int limit = step > 0 ? window : windowBefore;
        for (int i = h + step, gap = 0; i >= 0 && i < s.size() && gap <= limit; i += step, gap++) {
            MatchableSentence.Unit u = s.get(i);
            if (accepts(u, arguments, argumentTags)) {
                return i;
            }
            if (isBoundary(u)) {
                return -1;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> CLAUSE_PUNCTUATION = java.util.Set.of(",", ";", ":", ".", "!", "?",
            "—", "–", "--");

    static boolean isBoundary(MatchableSentence.Unit u) {
        return u.pos("PUNCT") && CLAUSE_PUNCTUATION.contains(u.text())
                || u.pos("SCONJ") || u.lower().equals("but") || u.lower().equals("while") || u.lower().equals("which")
                || u.lower().equals("who") || u.lower().equals("that") && u.pos("PRON");
    }

    private static boolean accepts(MatchableSentence.Unit u, Set<String> words, Set<String> tags) {
        return (tags.isEmpty() || tags.contains(u.pos())) && u.isAny(words);
    }
}
