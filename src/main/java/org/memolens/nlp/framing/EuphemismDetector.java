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
     * @param harmful whether the sentence speaks of harm to employees, or denies it (its impact cues)
     */
    List<DeviceHit> find(MatchableSentence s, boolean harmful) {
        List<Candidate> candidates = new ArrayList<>();
        for (PatternIndex.Match<EuphemismGlossary.Entry> m : glossary.index().findAll(s)) {
            // One-word restructuring talk softens only where harm is spoken of; vague phrases ("hard
            // choices", "reduce the size of") likewise, whatever their length.
            boolean vague = VAGUE.contains(m.payload().category()) && (m.from() == m.to()
                    || m.payload().category().equals("vague"));
            if (!vague || harmful) {
                candidates.add(new Candidate(m.from(), m.to(), m.payload().gloss()));
            }
        }
        List<Cue> roles = new ArrayList<>();
        ROLES.find(s, roles);
        for (Cue c : roles) {
            candidates.add(new Candidate(c.from(), c.to(), ROLES_GLOSS));
        }
        List<Cue> workforce = new ArrayList<>();
        WORKFORCE.find(s, workforce);
        for (Cue c : workforce) {
            candidates.add(new Candidate(c.from(), c.to(), WORKFORCE_GLOSS));
        }
        List<Cue> affected = new ArrayList<>();
        AFFECTED.find(s, affected);
        for (Cue c : affected) {
            candidates.add(new Candidate(c.from(), c.to(), AFFECTED_GLOSS));
        }
        leavingAndLettingGo(s, candidates);
        return longestFirst(s, candidates);
    }

    /** "every person leaving", "letting 38 people go": people who lose their jobs, said softly. */
    private static void leavingAndLettingGo(MatchableSentence s, List<Candidate> out) {
        for (int i = 0; i + 1 < s.size(); i++) {
            MatchableSentence.Unit u = s.get(i);
            if (u.isAny(PEOPLE) && (u.pos("NOUN") || u.pos("PRON")) && s.get(i + 1).isAny(LEAVE)
                    && s.get(i + 1).lower().endsWith("ing")) {
                out.add(new Candidate(i > 0 && s.get(i - 1).pos("DET") ? i - 1 : i, i + 1,
                        "people who are losing their jobs"));
            }
            if (u.is("let") && u.pos("VERB")) {
                for (int k = i + 1; k < s.size() && k <= i + 4; k++) {
                    if (s.get(k).is("go")) {
                        out.add(new Candidate(i, k, "laying people off"));
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

    private static List<DeviceHit> longestFirst(MatchableSentence s, List<Candidate> candidates) {
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
