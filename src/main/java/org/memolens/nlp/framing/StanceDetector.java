package org.memolens.nlp.framing;

import static org.memolens.nlp.framing.WorkforceLexicon.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;

/**
 * Hedges (words that weaken commitment: "may", "we expect", "approximately") and boosters (words
 * that strengthen it: "truly", "I am confident", "every single"), from the annotation guide's lists
 * (sections 5.3 and 5.4) with the context rules it gives: a modal of permission or obligation is not
 * a hedge ("you should submit", "employees may use"), "about 300" is a hedge but "about our plans"
 * is not, and literal uses are not boosters ("fully remote", "the very first").
 *
 * <p>Immutable; thread-safe.
 */
final class StanceDetector {

    private static final String[] HEDGE_PHRASES = {"we anticipate", "i anticipate",
        "we believe", "i believe", "i think", "we think", "we hope", "i hope", "it appear", "appear to", "seem to",
        "at this time", "at this point", "for now", "where possible", "wherever possible", "to the extent possible",
        "in most case", "in some case", "over time", "we do not anticipate", "we do not expect", "we have no plan",
        "i have no plan", "currently plan", "currently expect", "currently anticipate", "we aim", "we intend",
        "subject to change", "as far as we know", "if need", "if necessary", "if require", "we may", "we estimate",
        "be likely to", "more or less", "in general", "until further notice", "in due course", "where available",
        "where one be available", "be not plan", "not planning", "we be not plan"};
    private static final Set<String> HEDGE_WORDS = set("""
            might likely unlikely possibly potentially perhaps maybe probably presumably tentatively generally
            approximately roughly somewhat preliminary nearly almost largely""");
    private static final Set<String> NUMBER_HEDGES = set("about around some");
    private static final Set<String> FRACTIONS = set("half third quarter fifth dozen tenth");
    /** After "should be", states a plan reaches ("the system should be ready"), not duties. */
    private static final Set<String> READY = set("ready available complete done able finished live fully operational");
    /** "Questions may be directed to HR": an instruction, not a hedge. */
    private static final Set<String> ROUTED = set("direct submit send address raise ask email forward refer");
    /** "I expect each of you to ...": a directive to people, not a hedge. */
    private static final Set<String> ADDRESSEES = set("""
            you each every everyone everybody all team teams leader leaders manager managers employee employees
            one""");
    private static final Set<String> PERMITTED = set("""
            you employee employees colleague colleagues anyone everyone member members staff manager managers
            team teams participant participants""");

    private static final String[] BOOSTER_PHRASES = {"i be confident", "we be confident", "i be convinced",
        "we be convinced", "i be certain", "we be certain", "i know we will", "no doubt", "without question",
        "without a doubt", "of course", "every single", "above all", "i firmly believe", "i truly believe",
        "make no mistake", "there be no question", "i be absolutely", "full responsibility", "full support",
        "full commitment", "fully commit", "fully confident", "fully support", "fully behind", "never be more",
        "never be good", "will never", "will always", "i be sure", "we be sure", "beyond doubt"};
    private static final Set<String> BOOSTER_WORDS = set("""
            truly deeply incredibly extremely really absolutely clearly certainly definitely undoubtedly strongly
            firmly enormously tremendously profoundly completely totally entirely wholeheartedly genuinely
            immensely hugely exceptionally remarkably unquestionably always never exactly""");
    private static final Set<String> LITERAL_AFTER_VERY = set("first last same beginning end least start top bottom");

    private static final Set<String> WE_I = set("we i");
    private static final Set<String> NEGATIONS = set("not n't only never");
    private static final Set<String> PERSONS = set("people person company consultant seller "
                    + "engineer leader i we they");
    private final PatternIndex<DeviceType> phrases = new PatternIndex<>();

    StanceDetector() {
        for (String p : HEDGE_PHRASES) {
            phrases.add(TokenPattern.compile(p, 0), DeviceType.HEDGE);
        }
        for (String p : BOOSTER_PHRASES) {
            phrases.add(TokenPattern.compile(p, 1), DeviceType.BOOSTER);
        }
    }

    List<DeviceHit> find(MatchableSentence s) {
        List<int[]> spans = new ArrayList<>();
        List<DeviceType> types = new ArrayList<>();
        for (PatternIndex.Match<DeviceType> m : phrases.findAll(s)) {
            if (m.payload() == DeviceType.HEDGE && pastTense(s, m.from(), m.to())) {
                continue; // "faster than we expected", "the message I hoped": a report, not a hedge
            }
            add(spans, types, m.from(), m.to(), m.payload());
        }
        noPlans(s, spans, types);
        for (int i = 0; i < s.size(); i++) {
            MatchableSentence.Unit u = s.get(i);
            DeviceType type = single(s, i, u);
            if (type != null) {
                add(spans, types, i, i, type);
            }
        }
        List<DeviceHit> hits = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            Evidence e = s.evidence(spans.get(k)[0], spans.get(k)[1], 1);
            hits.add(new DeviceHit(types.get(k), e.start(), e.end(), e.text(), null));
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    private static DeviceType single(MatchableSentence s, int i, MatchableSentence.Unit u) {
        String w = u.lower();
        if (u.isAny(HEDGE_WORDS) && !u.pos("PROPN")) {
            return DeviceType.HEDGE;
        }
        if (NUMBER_HEDGES.contains(w) && isNumberAhead(s, i + 1) && !(i > 0 && s.get(i - 1).pos("VERB"))) {
            return DeviceType.HEDGE;
        }
        if ((w.equals("expect") || w.equals("anticipate")) && u.pos("VERB") && i > 0
                && s.get(i - 1).isAny(WE_I) && !directive(s, i)) {
            return DeviceType.HEDGE;
        }
        if ((w.equals("may") || w.equals("might") || w.equals("could")) && u.pos("AUX")) {
            boolean notPossibility = w.equals("could") && i + 1 < s.size() && s.get(i + 1).isAny(NEGATIONS)
                    || i + 3 < s.size() && s.get(i + 1).is("be") && s.get(i + 2).isAny(ROUTED);
            return notPossibility || permission(s, i) ? null : DeviceType.HEDGE;
        }
        if (w.equals("should") && u.pos("AUX") && i + 1 < s.size()) {
            MatchableSentence.Unit next = s.get(i + 1);
            boolean predicts = next.is("be") ? i + 2 < s.size() && s.get(i + 2).isAny(READY)
                    : next.pos("VERB") && !next.is("have");
            return predicts && !personSubject(s, i) ? DeviceType.HEDGE : null;
        }
        if (w.equals("expected") && i > 0 && s.get(i - 1).is("be") && i + 1 < s.size()
                && s.get(i + 1).lower().equals("to") && !personSubject(s, i - 1)) {
            return DeviceType.HEDGE;
        }
        if (u.isAny(BOOSTER_WORDS) && (u.pos("ADV") || u.pos("ADJ"))) {
            return DeviceType.BOOSTER;
        }
        if (w.equals("very") && i + 1 < s.size() && (s.get(i + 1).pos("ADJ") || s.get(i + 1).pos("ADV"))
                && !LITERAL_AFTER_VERY.contains(s.get(i + 1).lower())) {
            return DeviceType.BOOSTER;
        }
        if (w.equals("so") && u.pos("ADV") && i + 1 < s.size() && s.get(i + 1).pos("ADJ")) {
            return DeviceType.BOOSTER;
        }
        return null;
    }

    /** "I expect each of you to ...", "we expect every team to ...": said to people, a directive. */
    private static boolean directive(MatchableSentence s, int verb) {
        return verb + 1 < s.size() && s.get(verb + 1).isAny(ADDRESSEES);
    }

    /** "about 300", "around $4 million", "about a third". */
    private static boolean isNumberAhead(MatchableSentence s, int k) {
        if (k < s.size() && s.get(k).is("a") && k + 1 < s.size() && s.get(k + 1).isAny(FRACTIONS)) {
            return true;
        }
        if (k < s.size() && (s.get(k).text().equals("$") || s.get(k).text().equals("€") || s.get(k).text().equals("£"))) {
            k++;
        }
        return k < s.size() && (s.get(k).pos("NUM") || s.get(k).isAny(FRACTIONS));
    }

    /** Whether the clause before {@code k} names people: "every consultant is expected to", "you should". */
    private static boolean personSubject(MatchableSentence s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
            MatchableSentence.Unit u = s.get(j);
            if (PairRule.isBoundary(u)) {
                break;
            }
            if (u.isAny(PERMITTED) || u.isAny(ADDRESSEES) || u.isAny(PERSONS)) {
                return true;
            }
        }
        return false;
    }

    /** "you should submit", "employees in eliminated roles may apply": permission or duty, not a hedge. */
    private static boolean permission(MatchableSentence s, int modal) {
        boolean person = false;
        for (int k = modal - 1; k >= 0 && k >= modal - 6; k--) {
            MatchableSentence.Unit u = s.get(k);
            if (PairRule.isBoundary(u)) {
                break;
            }
            person |= u.isAny(PERMITTED) || u.lower().equals("who");
        }
        boolean notBe = modal + 1 < s.size() && !s.get(modal + 1).is("be") && !s.get(modal + 1).is("have")
                && !s.get(modal + 1).is("not") && !s.get(modal + 1).is("need");
        return person && notBe;
    }

    private static boolean pastTense(MatchableSentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (s.get(k).pos("VERB") && s.get(k).lower().endsWith("ed") && !s.get(k).lower().equals("need")) {
                return true;
            }
        }
        return false;
    }

    /** "no layoffs are planned", "no broader restructuring planned": a denial that keeps the door open. */
    private static void noPlans(MatchableSentence s, List<int[]> spans, List<DeviceType> types) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.get(i).lower().equals("no")) {
                continue;
            }
            for (int k = i + 1; k < s.size() && k <= i + 5; k++) {
                if (PairRule.isBoundary(s.get(k))) {
                    break;
                }
                if (s.get(k).lower().equals("planned")) {
                    add(spans, types, i, k, DeviceType.HEDGE);
                    break;
                }
            }
        }
    }

    private static void add(List<int[]> spans, List<DeviceType> types, int from, int to, DeviceType type) {
        for (int k = 0; k < spans.size(); k++) {
            int[] o = spans.get(k);
            if (from <= o[1] && o[0] <= to) {
                if (types.get(k) == type && to - from > o[1] - o[0]) {
                    spans.set(k, new int[] {from, to});
                }
                if (types.get(k) == type) {
                    return;
                }
            }
        }
        spans.add(new int[] {from, to});
        types.add(type);
    }
}
