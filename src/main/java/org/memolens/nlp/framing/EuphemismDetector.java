package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;

/**
 * Euphemisms: glossary entries found in a sentence, each with its plain-language gloss; plus the
 * guide's rule that naming people as roles or positions that are eliminated, reduced or affected is
 * a euphemism in any voice ("eliminate 240 roles", "positions will be impacted"). Where matches
 * overlap, the longest wins.
 *
 * <p>Vague one-word entries ("restructure", "consolidate") count only in a sentence that also
 * speaks of harm to employees, since "we will consolidate our data centres" softens nothing.
 */
final class EuphemismDetector {

    private static final Set<String> VAGUE = Set.of("restructuring", "automation", "vague");
    private static final PairRule ROLES = new PairRule("euphemism:roles",
            WorkforceLexicon.set("""
                    eliminate elimination reduce reduction impact affect cut consolidate sunset remove retire discontinue
                    conclude end phase wind exit transition fold"""),
            PairRule.VERBISH, WorkforceLexicon.set("role position post"), PairRule.NOUNISH, 3, 7);
    /** "affected managers", "the supervisors affected", "each person impacted". */
    private static final PairRule AFFECTED = new PairRule("euphemism:affected", WorkforceLexicon.set("affected impacted"),
            java.util.Set.of("ADJ", "VERB"), WorkforceLexicon.set("""
                    person people colleague employee teammate member associate worker manager supervisor leader staff
                    individual agent those anyone everyone"""), java.util.Set.of("NOUN", "PROPN", "PRON"), 1, 1);
    private static final String AFFECTED_GLOSS = "people who are losing their jobs";
    private static final String ROLES_GLOSS = "jobs are being cut: people will lose their jobs";
    private static final PairRule WORKFORCE = new PairRule("euphemism:workforce",
            WorkforceLexicon.set("reduce reduction impact affect consolidate resize rebalance"), PairRule.VERBISH,
            WorkforceLexicon.set("workforce headcount team organization staff"), PairRule.NOUNISH, 3, 6);
    private static final String WORKFORCE_GLOSS = "people will lose their jobs";
    private static final java.util.Set<String> PEOPLE = WorkforceLexicon.set("""
            person people colleague employee teammate member associate worker one ones everyone anyone those""");
    private static final java.util.Set<String> LEAVE = WorkforceLexicon.set("leave depart");

    private final EuphemismGlossary glossary;

    EuphemismDetector(EuphemismGlossary glossary) {
        this.glossary = glossary;
    }

    /**
     * A match of the glossary or of a rule, before overlaps are resolved.
     *
     * @param source   "glossary", "roles", "workforce", "affected", "leaving" or "let_go"
     * @param category the glossary category, or the source for a rule
     * @param pattern  the glossary pattern, or the source for a rule
     * @param rule     whether the rules report it (a vague entry only where harm is spoken of)
     */
    record Found(int from, int to, String gloss, String source, String category, String pattern, boolean rule) {
    }

    /**
     * @param harmful whether the sentence speaks of harm to employees, or denies it (its impact cues)
     */
    List<DeviceHit> find(MatchableSentence s, boolean harmful) {
        return longestFirst(s, candidates(s, harmful));
    }

    /** The matches the rules report, the longest of overlapping ones, as device hits in text order. */
    static List<DeviceHit> longestFirst(MatchableSentence s, List<Found> found) {
        List<Candidate> candidates = new ArrayList<>();
        for (Found f : found) {
            if (f.rule()) {
                candidates.add(new Candidate(f.from(), f.to(), f.gloss()));
            }
        }
        return longestFirstOf(s, candidates);
    }

    /** Every glossary and rule match, overlapping ones included, with whether the rules report it. */
    List<Found> candidates(MatchableSentence s, boolean harmful) {
        List<Found> found = new ArrayList<>();
        for (PatternIndex.Match<EuphemismGlossary.Entry> m : glossary.index().findAll(s)) {
            // One-word restructuring talk softens only where harm is spoken of; vague phrases ("hard
            // choices", "reduce the size of") likewise, whatever their length.
            EuphemismGlossary.Entry e = m.payload();
            boolean vague = VAGUE.contains(e.category()) && (m.from() == m.to() || e.category().equals("vague"));
            found.add(new Found(m.from(), m.to(), e.gloss(), "glossary", e.category(), e.pattern(), !vague || harmful));
        }
        rule(s, ROLES, ROLES_GLOSS, "roles", found);
        rule(s, WORKFORCE, WORKFORCE_GLOSS, "workforce", found);
        rule(s, AFFECTED, AFFECTED_GLOSS, "affected", found);
        leavingAndLettingGo(s, found);
        return found;
    }

    private static void rule(MatchableSentence s, PairRule rule, String gloss, String source, List<Found> out) {
        List<Cue> cues = new ArrayList<>();
        rule.find(s, cues);
        for (Cue c : cues) {
            out.add(new Found(c.from(), c.to(), gloss, source, source, source, true));
        }
    }

    /** "every person leaving", "letting 38 people go": people who lose their jobs, said softly. */
    private static void leavingAndLettingGo(MatchableSentence s, List<Found> out) {
        for (int i = 0; i + 1 < s.size(); i++) {
            MatchableSentence.Unit u = s.get(i);
            if (u.isAny(PEOPLE) && (u.pos("NOUN") || u.pos("PRON")) && s.get(i + 1).isAny(LEAVE)
                    && s.get(i + 1).lower().endsWith("ing")) {
                out.add(new Found(i > 0 && s.get(i - 1).pos("DET") ? i - 1 : i, i + 1,
                        "people who are losing their jobs", "leaving", "leaving", "leaving", true));
            }
            if (u.is("let") && u.pos("VERB")) {
                for (int k = i + 1; k < s.size() && k <= i + 4; k++) {
                    if (s.get(k).is("go")) {
                        out.add(new Found(i, k, "laying people off", "let_go", "let_go", "let_go", true));
                        break;
                    }
                    if (PairRule.isBoundary(s.get(k))) {
                        break;
                    }
                }
            }
        }
    }

    private record Candidate(int from, int to, String gloss) {
        int length() {
            return to - from;
        }

        boolean overlaps(Candidate o) {
            return from <= o.to && o.from <= to;
        }
    }

    private static List<DeviceHit> longestFirstOf(MatchableSentence s, List<Candidate> candidates) {
        candidates.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length())
                : Integer.compare(a.from(), b.from()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.from(), b.from()));
        List<DeviceHit> hits = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            Evidence e = s.evidence(c.from(), c.to(), 1);
            hits.add(new DeviceHit(DeviceType.EUPHEMISM, e.start(), e.end(), e.text(), c.gloss()));
        }
        return hits;
    }
}
