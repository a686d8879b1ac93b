package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features a frame model sees for one sentence, each remembering the units it came from so that
 * a model decision can point at words. Features are prefixed by kind:
 * {@code w=} lemma, {@code b=} lemma bigram, {@code ind=} a code's strong indicator fired,
 * {@code i=} which indicator (code and phrase) fired,
 * {@code lem=} a code's indicator lemma, {@code cue=} an impact cue kind, {@code dev=} a device,
 * {@code lem2=} two different indicator lemmas of a code, {@code pro=} a pronoun person,
 * {@code shape=} sentence shape (imperative, number, date, money, negation).
 * Each feature appears once per sentence (presence, not counts); {@code bias} is in every sentence.
 */
final class SentenceFeatures {

    private static final Set<String> MONTHS = WorkforceLexicon.set("""
            january february march april may june july august september october november december monday tuesday
            wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec""");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nobody", "none", "without", "cannot");
    private static final Set<String> STOP = WorkforceLexicon.set("the a an of to and , . ; : ' \" ( )");

    // Each feature once: a sentence either has it or not, which keeps scoring cheap.
    private final List<String> features = new ArrayList<>();
    private final Map<String, int[]> spans = new HashMap<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    private void add(String feature, int from, int to) {
        if (seen.add(feature)) {
            features.add(feature);
        }
        spans.putIfAbsent(feature, new int[] {from, to});
    }

    private void add(String feature) {
        if (seen.add(feature)) {
            features.add(feature);
        }
    }

    List<String> features() {
        return features;
    }

    String[] array() {
        return features.toArray(String[]::new);
    }

    /** Units {from, to} the feature came from, or null for a sentence-level feature. */
    int[] span(String feature) {
        return spans.get(feature);
    }

    static SentenceFeatures of(MatchableSentence s, Map<String, FrameRules.Matches> frames, List<Cue> impactCues,
            List<org.memolens.domain.DeviceHit> devices) {
        SentenceFeatures f = new SentenceFeatures();
        // Every sentence has it, so each model learns its code's base rate; without it a sentence of
        // unknown words ("Renata Sollis") would score an even 0.5 for every code.
        f.add("bias");
        String previous = null;
        int previousIndex = -1;
        for (int i = 0; i < s.size(); i++) {
            MatchableSentence.Unit u = s.get(i);
            if (!u.isWord() && !u.text().equals("$") && !u.text().equals("%")) {
                previous = null;
                continue;
            }
            String lemma = u.pos("NUM") ? "<num>" : WordForms.canonical(u.lemma());
            if (!STOP.contains(lemma)) {
                f.add("w=" + lemma, i, i);
            }
            if (previous != null) {
                f.add("b=" + previous + "_" + lemma, previousIndex, i);
            }
            previous = lemma;
            previousIndex = i;
        }
        for (FrameRules.Matches m : frames.values()) {
            for (Cue c : m.strong()) {
                f.add("ind=" + m.code(), c.from(), c.to());
                f.add("i=" + c.kind().substring("frame:".length()).replace(' ', '_'), c.from(), c.to());
            }
            for (Cue c : m.lemmas()) {
                f.add("lem=" + m.code(), c.from(), c.to());
            }
            if (m.lemmas().stream().map(Cue::kind).distinct().count() >= 2) {
                f.add("lem2=" + m.code()); // two different indicator words: stronger than one
            }
        }
        for (Cue c : impactCues) {
            String kind = c.kind();
            f.add("cue=" + kind.substring(0, kind.indexOf(':')), c.from(), c.to());
            int second = kind.indexOf(':', kind.indexOf(':') + 1);
            f.add("cue=" + (second < 0 ? kind : kind.substring(0, second)), c.from(), c.to());
        }
        for (org.memolens.domain.DeviceHit d : devices) {
            f.add("dev=" + d.type().name());
        }
        shape(s, f);
        return f;
    }

    /** "q1" to "q4"; written out because a regular expression per token was a hot spot. */
    private static boolean isQuarter(String w) {
        return w.length() == 2 && w.charAt(0) == 'q' && w.charAt(1) >= '1' && w.charAt(1) <= '4';
    }

    private static void shape(MatchableSentence s, SentenceFeatures f) {
        int first = 0;
        while (first < s.size() && !s.get(first).isWord()) {
            first++;
        }
        if (first < s.size()) {
            MatchableSentence.Unit u = s.get(first);
            f.add("shape=first:" + u.pos());
            if (u.pos("VERB") || u.is("please")) {
                f.add("shape=imperative", first, first);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            MatchableSentence.Unit u = s.get(i);
            String w = u.lower();
            if (u.pos("NUM")) {
                f.add("shape=number", i, i);
            }
            if (u.pos("PROPN") && MONTHS.contains(w) || isQuarter(w)) {
                f.add("shape=date", i, i);
            }
            if (u.text().equals("$") || u.text().equals("€") || u.text().equals("£")) {
                f.add("shape=money", i, i);
            }
            if (NEGATORS.contains(w)) {
                f.add("shape=negated", i, i);
            }
            if (u.pos("PRON")) {
                switch (w) {
                    case "i", "me", "my", "myself" -> f.add("pro=i", i, i);
                    case "we", "us", "our", "ourselves" -> f.add("pro=we", i, i);
                    case "you", "your", "yourself", "yourselves" -> f.add("pro=you", i, i);
                    default -> { }
                }
            }
        }
    }
}
