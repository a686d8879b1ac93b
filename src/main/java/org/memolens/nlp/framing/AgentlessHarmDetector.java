package org.memolens.nlp.framing;

import static org.memolens.nlp.framing.WorkforceLexicon.set;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;

/**
 * Agentless harm: harm to employees worded so that no person does it. Four shapes, from the
 * annotation guide (section 5.2):
 * <ul>
 * <li>a passive without a human by-agent: "roles will be eliminated", "merit increases will be paused";</li>
 * <li>a non-human agent: "AI will reduce the need for", "the shift to digital support will reduce
 * the number of agents", "this will result in the elimination of 190 positions";</li>
 * <li>a harm noun as the actor or the event: "the reduction will affect 4% of staff", "there will
 * be job losses";</li>
 * <li>a happen-to verb: "120 roles will end", "your position will no longer exist", "the clinic will close".</li>
 * </ul>
 * A clause counts only where the impact rules found harm in or next to it, so that "shipments were
 * impacted by the storm" is not harm to employees. None is reported in a sentence where a person
 * decides or does the harm ("we decided that 200 roles will be eliminated").
 *
 * <p>The UD tagger gives VERB, not VBN, so a passive is recognised from its shape: a form of "be" or
 * "get", maybe adverbs, then a verb (or adjective) whose surface form differs from its lemma and
 * ends like a participle (-ed, -en, or an irregular participle such as "cut", "laid", "let").
 */
final class AgentlessHarmDetector {

    static final String GLOSS = "no one is named as doing this: who decided?";

    private static final Set<String> BE_GET = set("be get");
    private static final Set<String> HUMAN_PRONOUNS = set("i we he she they");
    private static final Set<String> HUMAN_OBJECTS = set("us me them him her");
    private static final Set<String> DECIDING = set("decide choose make take approve determine elect opt");
    private static final Set<String> NEEDS_HARM_AFTER = set("make decide take require force ask expect");
    private static final Set<String> PARTICLES = set("off down go out away");
    /** Passives that give rather than take: "affected employees will be offered support". */
    private static final Set<String> GIVING = set("""
            offer give provide protect include pay support invite encourage welcome help grant award entitle
            notify inform contact tell cover honor honour guarantee""");
    private static final Set<String> HAPPEN_TO = set("""
            end disappear exist go cease phase sunset shrink transition close conclude relocate expire lapse drop
            fall decline""");
    /** Things of the employees' that can end or shrink without anyone named: shifts, pay, pools. */
    private static final Set<String> ENDABLE = set("shift differential pool award intake hour coverage employment");
    private static final Set<String> SHRINKABLE = set("""
            team headcount workforce staff staffing organization organisation pool award intake class hour salary pay
            bonus grant refresh""");
    /** Passives whose negation withholds something: "vacancies will not be filled". */
    private static final Set<String> WITHHELD = set("fill refill backfill renew fund restore");
    private static final Set<String> CONDITIONS = set("if whether unless");
    private static final Set<String> SIZE = set("size number");
    private static final Set<String> LINKING = set("be get become go");
    private static final Set<String> SMALLER = set("smaller lower fewer shorter half");
    private static final Set<String> NECESSARY_TO = set("necessary needed required essential unavoidable");
    private static final Set<String> HARMED = union(WorkforceLexicon.WORKFORCE, WorkforceLexicon.SITES,
            WorkforceLexicon.PAY, WorkforceLexicon.HARM_NOMINALS, set("""
            arrangement requisition vacancy stipend differential target quota access exception increase accrual
            review contract agreement program"""));
    private static final Set<String> AGENT_VERBS = union(WorkforceLexicon.HARM_PARTICIPLES,
            set("mean result lead force require affect impact take put cost"));
    private static final Set<String> OCCUR = set("take happen occur begin start proceed affect impact mean result");
    private static final Set<String> DEMONSTRATIVES = set("this that it");
    private static final Set<String> PEOPLE = union(WorkforceLexicon.HUMAN_AGENTS, set("""
            employee colleague people person worker staff member associate agent teammate engineer manager""" ));
    private static final Set<String> HUMAN_NOUN_AGENTS = set("""
            leadership management board leader executive ceo founder company firm committee director officer
            owner president chair""");

    private static final Set<String> ARRANGEMENTS = set("arrangement exception");
    private static final Set<String> EXPECTED = set("expect likely set go");
    private static final Set<String> NECESSARY = set("necessary required needed");
    private static final Set<String> PLACE_EFFECT = set("place effect");
    private static final Set<String> POSSESSIVES = set("your their our my his her");
    private static final Set<String> DETERMINERS = set("the these those this that");
    /** The device hits of {@link #spans}. */
    List<DeviceHit> find(MatchableSentence s, List<Cue> harmCues) {
        return hits(s, spans(s, harmCues));
    }

    static List<DeviceHit> hits(MatchableSentence s, List<int[]> spans) {
        List<DeviceHit> hits = new ArrayList<>();
        for (int[] span : spans) {
            Evidence e = s.evidence(span[0], span[1], 1);
            hits.add(new DeviceHit(DeviceType.AGENTLESS_HARM, e.start(), e.end(), e.text(), GLOSS));
        }
        return hits;
    }

    /** The rule shapes, by the index {@link #spans} gives as the third element of a span. */
    static final String[] SHAPES = {"passive", "happen_to", "shrinking", "necessary", "non_human_agent", "nominal"};

    /**
     * Agentless harm clauses as unit spans {from, to, shape}, in text order, not overlapping.
     *
     * @param harmCues the sentence's harm cues (impact rules), empty when the rules found no harm:
     *                 then only clauses that show harm by themselves count (a harm verb's passive or
     *                 an ending with something of the employees' as its subject: "31 management
     *                 roles will be retired", "the overnight shift will end", "the pool is smaller")
     */
    List<int[]> spans(MatchableSentence s, List<Cue> harmCues) {
        List<int[]> spans = new ArrayList<>();
        if (humanDecider(s)) {
            return spans;
        }
        boolean cued = !harmCues.isEmpty();
        for (int i = 0; i < s.size(); i++) {
            int shape = 0;
            int[] span = passive(s, i, harmCues);
            if (span == null) {
                shape++;
                span = happenTo(s, i, cued);
            }
            if (span == null) {
                shape++;
                span = shrinking(s, i);
            }
            if (span == null) {
                shape++;
                span = necessary(s, i, cued);
            }
            if (span == null && cued) {
                shape++;
                span = nonHumanAgent(s, i, harmCues);
            }
            if (span == null && cued) {
                shape = SHAPES.length - 1;
                span = nominal(s, i);
            }
            if (span != null) {
                int[] found = {span[0], span[1], shape};
                if (spans.stream().noneMatch(h -> h[0] <= found[1] && found[0] <= h[1])) {
                    spans.add(found);
                }
                i = Math.max(i, span[1]);
            }
        }
        return spans;
    }

    /** "it has become necessary to reduce the size of", "it is necessary to close". */
    private static int[] necessary(MatchableSentence s, int i, boolean cued) {
        if (!s.get(i).lower().equals("it") || i > 0 && !PairRule.isBoundary(s.get(i - 1)) && !s.get(i - 1).pos("ADV")
                && !s.get(i - 1).pos("CCONJ")) {
            return null;
        }
        int v = i + 1;
        while (v < s.size() && v <= i + 3 && (s.get(v).pos("AUX") || s.get(v).pos("ADV") || s.get(v).is("become"))) {
            v++;
        }
        if (v + 2 >= s.size() || v == i + 1 || !s.get(v).isAny(NECESSARY_TO) || !s.get(v + 1).lower().equals("to")
                || !s.get(v + 2).pos("VERB") || !s.get(v + 2).isAny(WorkforceLexicon.HARM_PARTICIPLES)) {
            return null;
        }
        int end = v + 2;
        boolean people = false;
        for (int o = v + 3; o < s.size() && o <= v + 6; o++) {
            if (PairRule.isBoundary(s.get(o))) {
                break;
            }
            if (s.get(o).pos("NOUN")) {
                end = o;
                people = s.get(o).isAny(HARMED) || s.get(o).isAny(SHRINKABLE) || s.get(o).isAny(SIZE);
                break;
            }
        }
        // Uncued, the object must be something of the employees' or their number ("the size of").
        return cued || people ? new int[] {i, end} : null;
    }

    /** "the team is going to get smaller", "the pool is 20% smaller", "individual awards will be lower". */
    private static int[] shrinking(MatchableSentence s, int i) {
        if (!isHead(s, i) || !s.get(i).isAny(SHRINKABLE) || i > 0 && s.get(i - 1).pos("ADP")) {
            return null;
        }
        int v = i + 1;
        boolean linking = false;
        while (v < s.size() && v <= i + 6 && (s.get(v).pos("AUX") || s.get(v).pos("ADV") || s.get(v).pos("PART")
                || s.get(v).pos("NUM") || s.get(v).text().equals("%") || s.get(v).isAny(LINKING))) {
            linking |= s.get(v).isAny(LINKING) || s.get(v).is("be");
            v++;
        }
        if (!linking || v >= s.size() || !s.get(v).isAny(SMALLER)) {
            return null;
        }
        return new int[] {startOfNounPhrase(s, i), v};
    }

    /** "roles will be eliminated": be/get at {@code i}, adverbs, a participle, no human by-agent. */
    private static int[] passive(MatchableSentence s, int i, List<Cue> harmCues) {
        MatchableSentence.Unit be = s.get(i);
        if (!(be.pos("AUX") || be.pos("VERB")) || !be.isAny(BE_GET)) {
            return null;
        }
        int p = i + 1;
        while (p < s.size() && p <= i + 3 && (s.get(p).pos("ADV") || s.get(p).pos("PART")
                || s.get(p).pos("AUX") && s.get(p).isAny(BE_GET))) {
            p++;
        }
        if (p >= s.size() || !isParticiple(s.get(p)) || s.get(p).isAny(GIVING)) {
            return null;
        }
        if (!s.get(p).isAny(WITHHELD) && negatedBefore(s, i, p) || conditional(s, i)) {
            // "your role is not affected", "without anyone being laid off": an assurance; "if your role
            // is affected": not a statement that it is. But "positions will not be filled" withholds.
            return null;
        }
        int head = subjectHead(s, i);
        if (head < 0 || s.get(head).isAny(HUMAN_PRONOUNS) && s.get(head).pos("PRON")) {
            return null;
        }
        int start = startOfNounPhrase(s, head);
        int end = p;
        if (end + 1 < s.size() && s.get(end + 1).isAny(PARTICLES) && !s.get(end + 1).pos("VERB")
                || end + 1 < s.size() && s.get(end).is("let") && s.get(end + 1).is("go")) {
            end++;
        }
        boolean needsHarmAfter = s.get(p).isAny(NEEDS_HARM_AFTER);
        boolean harmedSubject = harmedClause(s, i);
        boolean shown = needsHarmAfter
                ? cueBetween(harmCues, p + 1, s.size() - 1) || s.get(head).isAny(WorkforceLexicon.HARM_NOMINALS)
                : cueBetween(harmCues, start, end + 3)
                        || harmedSubject && s.get(p).isAny(WorkforceLexicon.HARM_PARTICIPLES);
        if (!shown || humanByAgent(s, p)) {
            return null;
        }
        return new int[] {start, end};
    }

    /** "120 roles will end", "your position will no longer exist", "roles are at risk". */
    private static int[] happenTo(MatchableSentence s, int i, boolean cued) {
        MatchableSentence.Unit head = s.get(i);
        boolean people = head.isAny(WorkforceLexicon.WORKFORCE) || head.isAny(ENDABLE);
        if (!isHead(s, i) || !people && !(cued && (head.isAny(WorkforceLexicon.SITES) || head.isAny(ARRANGEMENTS)))) {
            return null;
        }
        int first = skipModifier(s, i + 1);
        int v = first;
        while (v < s.size() && v <= first + 4 && (s.get(v).pos("AUX") || s.get(v).pos("ADV") || s.get(v).is("not"))) {
            if (s.get(v).is("be") && v + 2 < s.size() && s.get(v + 1).is("at") && s.get(v + 2).is("risk")) {
                return new int[] {startOfNounPhrase(s, i), v + 2};
            }
            v++;
        }
        if (v + 2 < s.size() && v > first && s.get(v).is("continue") && s.get(v + 1).lower().equals("to")) {
            v += 2;
        }
        // Without an auxiliary the verb must show its tense ("their roles conclude", "employment ends"),
        // so that a noun compound ("role end date") is not read as a clause.
        boolean finite = v < s.size() && !s.get(v).lower().equals(WordForms.canonical(s.get(v).lemma()))
                || v > 0 && v < s.size() && s.get(v - 1).isAny(WorkforceLexicon.WORKFORCE) && s.get(v).pos("VERB")
                        && (s.get(v - 1).lower().endsWith("s") || s.get(v - 1).is("employment"));
        if (v >= s.size() || v == first && !finite || !s.get(v).pos("VERB") || !s.get(v).isAny(HAPPEN_TO)
                || negatedBefore(s, i, v)) {
            return null;
        }
        if (s.get(v).is("exist") && !s.get(v - 1).lower().equals("longer")) {
            return null;
        }
        int end = v;
        if (end + 1 < s.size() && s.get(end + 1).isAny(PARTICLES)) {
            end++;
        }
        return new int[] {startOfNounPhrase(s, i), end};
    }

    /** "AI will reduce the need for", "the shift to digital support will reduce the number of agents". */
    private static int[] nonHumanAgent(MatchableSentence s, int i, List<Cue> harmCues) {
        MatchableSentence.Unit head = s.get(i);
        boolean demonstrative = head.isAny(DEMONSTRATIVES) && (head.pos("PRON") || head.pos("DET"))
                && i + 1 < s.size() && (s.get(i + 1).pos("AUX") || s.get(i + 1).pos("VERB"))
                && (i == 0 || PairRule.isBoundary(s.get(i - 1)) || s.get(i - 1).pos("CCONJ") || s.get(i - 1).pos("ADV"));
        // A named organisation ("Ferrovia will close") is an institutional, hence human, agent; AI is not.
        boolean named = head.pos("PROPN") && !head.isAny(WorkforceLexicon.NON_HUMAN_AGENTS);
        if (!demonstrative && (!isHead(s, i) || head.isAny(PEOPLE) || head.pos("PRON") || named)) {
            return null;
        }
        if (i > 0 && (s.get(i - 1).pos("ADP") || s.get(i - 1).pos("VERB") || s.get(i - 1).lower().equals("that"))) {
            return null; // an object, not a subject
        }
        int v = skipModifier(s, i + 1);
        int firstAux = v;
        while (v < s.size() && v <= firstAux + 4 && (s.get(v).pos("AUX") || s.get(v).pos("ADV") || s.get(v).is("not")
                || s.get(v).lower().equals("to"))) {
            v++;
        }
        // "is expected to reduce", "is likely to mean"
        if (v + 2 < s.size() && v > firstAux && s.get(v).isAny(EXPECTED)
                && s.get(v + 1).lower().equals("to")) {
            v += 2;
        }
        if (v >= s.size() || !s.get(v).pos("VERB") || !s.get(v).isAny(AGENT_VERBS) || isParticipleAfterBe(s, v)) {
            return null;
        }
        if (v + 1 < s.size() && s.get(v + 1).isAny(HUMAN_OBJECTS)) {
            return null; // "forced us to close": the human agent is named
        }
        int end = -1;
        for (int o = v + 1; o < s.size() && o <= v + 9; o++) {
            MatchableSentence.Unit u = s.get(o);
            if (PairRule.isBoundary(u)) {
                break;
            }
            if (u.isAny(WorkforceLexicon.HARM_NOMINALS) || u.isAny(WorkforceLexicon.WORKFORCE)
                    || u.isAny(WorkforceLexicon.SITES) || u.isAny(WorkforceLexicon.PAY) || u.is("need")) {
                end = u.is("need") && o + 1 < s.size() && s.get(o + 1).is("for") ? o + 1 : o;
                if (!u.is("need") && !u.is("number") && !u.is("size")) {
                    break;
                }
            }
        }
        int start = demonstrative ? i : startOfNounPhrase(s, i);
        if (end < 0 || !cueBetween(harmCues, start, end + 2)) {
            return null;
        }
        return new int[] {start, end};
    }

    /** "the reduction will affect", "there will be job losses". */
    private static int[] nominal(MatchableSentence s, int i) {
        MatchableSentence.Unit head = s.get(i);
        if (!isHead(s, i) || !head.isAny(WorkforceLexicon.HARM_NOMINALS)) {
            return null;
        }
        int start = startOfNounPhrase(s, i);
        if (start >= 2 && s.get(start - 1).is("be") && s.get(start - 2).lower().equals("there")) {
            return new int[] {start - 2, i};
        }
        if (start >= 3 && s.get(start - 1).is("be") && s.get(start - 2).pos("AUX")
                && s.get(start - 3).lower().equals("there")) {
            return new int[] {start - 3, i};
        }
        if (start > 0 && (s.get(start - 1).pos("ADP") || s.get(start - 1).pos("VERB") || s.get(start - 1).pos("AUX"))) {
            return null;
        }
        int v = skipModifier(s, i + 1);
        while (v < s.size() && (s.get(v).pos("AUX") || s.get(v).pos("ADV"))) {
            v++;
        }
        if (v > i + 1 && v < s.size() && s.get(v - 1).is("be") && (s.get(v).isAny(NECESSARY)
                || v + 1 < s.size() && s.get(v).is("in") && s.get(v + 1).isAny(PLACE_EFFECT))) {
            return new int[] {start, s.get(v).is("in") ? v + 1 : v};
        }
        if (v < s.size() && s.get(v).pos("VERB") && s.get(v).isAny(OCCUR) && !isParticipleAfterBe(s, v)) {
            int end = v;
            if (s.get(v).is("take") && v + 1 < s.size() && s.get(v + 1).is("place")) {
                end++;
            }
            return new int[] {start, end};
        }
        return null;
    }

    /** "in force", "of 80 positions", "to digital support": a short phrase after a head noun. */
    private static int skipModifier(MatchableSentence s, int k) {
        if (k < s.size() && s.get(k).pos("ADP") && !s.get(k).lower().equals("by")) {
            int m = k + 1;
            while (m < s.size() && m <= k + 4 && (s.get(m).pos("DET") || s.get(m).pos("ADJ") || s.get(m).pos("NOUN")
                    || s.get(m).pos("PROPN") || s.get(m).pos("NUM") || s.get(m).pos("SYM"))) {
                m++;
            }
            return m > k + 1 ? m : k;
        }
        return k;
    }

    /** A person decides or does the harm: "we decided", "I am cutting", "leadership has chosen". */
    static boolean humanDecider(MatchableSentence s) {
        for (int i = 0; i < s.size(); i++) {
            MatchableSentence.Unit u = s.get(i);
            boolean human = u.pos("PRON") && u.isAny(HUMAN_PRONOUNS)
                    || (u.pos("NOUN") || u.pos("PROPN")) && u.isAny(HUMAN_NOUN_AGENTS) && isHead(s, i);
            if (!human || i > 0 && s.get(i - 1).pos("ADP")) {
                continue;
            }
            int v = i + 1;
            while (v < s.size() && v <= i + 4 && (s.get(v).pos("AUX") || s.get(v).pos("ADV") || s.get(v).pos("PART"))) {
                v++;
            }
            if (v < s.size() && s.get(v).pos("VERB") && !isParticipleAfterBe(s, v)
                    && (s.get(v).isAny(DECIDING) || s.get(v).isAny(WorkforceLexicon.HARM_PARTICIPLES)
                    || s.get(v).isAny(WorkforceLexicon.JOB_LOSS_VERBS))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHead(MatchableSentence s, int i) {
        MatchableSentence.Unit u = s.get(i);
        return (u.pos("NOUN") || u.pos("PROPN") || u.pos("ADJ") && u.lower().endsWith("s"))
                && !(i + 1 < s.size() && (s.get(i + 1).pos("NOUN") || s.get(i + 1).pos("PROPN")));
    }

    private static boolean isParticipleAfterBe(MatchableSentence s, int v) {
        for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
            MatchableSentence.Unit u = s.get(k);
            if (u.pos("AUX") && u.isAny(BE_GET)) {
                return isParticiple(s.get(v));
            }
            if (!(u.pos("ADV") || u.pos("PART") || u.pos("AUX"))) {
                return false;
            }
        }
        return false;
    }

    static boolean isParticiple(MatchableSentence.Unit u) {
        if (!(u.pos("VERB") || u.pos("ADJ"))) {
            return false;
        }
        String w = u.lower();
        if (WorkforceLexicon.IRREGULAR_PARTICIPLES.contains(w)) {
            return true;
        }
        // The lemmatizer sometimes leaves "consolidated" as its own lemma; -ed after "be" is still a participle.
        if (w.endsWith("ed") && w.length() > 4 && !w.endsWith("eed")) {
            return true;
        }
        return !w.equals(WordForms.canonical(u.lemma())) && (w.endsWith("en") || w.endsWith("wn"));
    }

    private static boolean humanByAgent(MatchableSentence s, int p) {
        for (int k = p + 1; k < s.size() && k <= p + 4; k++) {
            if (s.get(k).lower().equals("by")) {
                for (int a = k + 1; a < s.size() && a <= k + 4; a++) {
                    MatchableSentence.Unit u = s.get(a);
                    if (u.isAny(WorkforceLexicon.NON_HUMAN_AGENTS)) {
                        return false;
                    }
                    if (u.isAny(PEOPLE) || u.pos("PROPN")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether the clause before {@code be} names something that harm can befall: roles, pay, sites. */
    /** A "not", "no", "never" or "without" in the clause before the verb at {@code v}. */
    private static boolean negatedBefore(MatchableSentence s, int subject, int v) {
        int from = subject;
        while (from > 0 && subject - from < 8 && !PairRule.isBoundary(s.get(from - 1))) {
            from--;
        }
        for (int k = from; k < v; k++) {
            String w = s.get(k).lower();
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("without") || w.equals("no")
                    && !(k + 1 < s.size() && s.get(k + 1).lower().equals("longer")) || w.equals("nobody")
                    || w.equals("cannot")) {
                return true;
            }
        }
        return false;
    }

    /** The clause opens with "if", "whether" or "unless". */
    private static boolean conditional(MatchableSentence s, int v) {
        for (int k = v - 1; k >= 0 && k >= v - 8; k--) {
            if (s.get(k).isAny(CONDITIONS)) {
                return true;
            }
            if (PairRule.isBoundary(s.get(k)) && !s.get(k).pos("SCONJ")) {
                return false;
            }
        }
        return false;
    }

    private static boolean harmedClause(MatchableSentence s, int be) {
        for (int k = be - 1; k >= 0 && k >= be - 8; k--) {
            MatchableSentence.Unit u = s.get(k);
            if (PairRule.isBoundary(u)) {
                return false;
            }
            if ((u.pos("NOUN") || u.pos("PROPN") || u.pos("PRON")) && (u.isAny(HARMED) || u.is("you") || u.is("your"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueBetween(List<Cue> cues, int from, int to) {
        for (Cue c : cues) {
            if (c.from() <= to && from <= c.to()) {
                return true;
            }
        }
        return false;
    }

    /** Index of the subject's head before the verb group ending just before {@code be}, or -1. */
    private static int subjectHead(MatchableSentence s, int be) {
        int k = be - 1;
        while (k >= 0 && (s.get(k).pos("AUX") || s.get(k).pos("ADV") || s.get(k).pos("PART"))) {
            k--;
        }
        if (k < 0) {
            return -1;
        }
        MatchableSentence.Unit u = s.get(k);
        return u.pos("NOUN") || u.pos("PROPN") || u.pos("PRON") || u.pos("NUM") || u.pos("ADJ") ? k : -1;
    }

    /** Back from a head noun over its modifiers (nouns, adjectives, numbers, possessives), at most four words. */
    private static int startOfNounPhrase(MatchableSentence s, int head) {
        int start = head;
        while (start > 0 && head - start < 4) {
            MatchableSentence.Unit u = s.get(start - 1);
            if (u.pos("NOUN") || u.pos("PROPN") || u.pos("ADJ") || u.pos("NUM")
                    || u.pos("PRON") && u.isAny(POSSESSIVES)
                    || u.pos("DET") && u.isAny(DETERMINERS) || u.text().equals("-")) {
                start--;
            } else {
                break;
            }
        }
        return start;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
