package org.memolens.nlp.framing;

import static org.memolens.nlp.framing.WorkforceLexicon.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Candidate clauses for agentless harm, for the device span model to score: every clause whose
 * shape can hide the agent of a harm (annotation guide, section 5.2), with what the rules say of it.
 * The rules' own spans are candidates; so is every passive, every clause whose subject is something
 * of the employees' (roles, pay, hours, a site, a target) or a harm named as a thing ("the
 * reduction", "involuntary separations"), and every clause whose subject is not a person and whose
 * verb can do harm or change ("automation will handle", "the new structure will need fewer",
 * "premiums will increase"). The rules' gates (a deciding "we", a negation, a condition, the
 * sentence's harm cues) become features instead of filters, so the model learns how much each
 * matters from the labelled sentences.
 */
final class AgentlessCandidates {

    static final String GLOSS = AgentlessHarmDetector.GLOSS;

    /** Verbs of harm or change a non-human subject can do to employees. */
    private static final Set<String> ACTIVE_VERBS = set("""
            reduce replace need require mean result lead force affect impact eliminate remove cut handle take shrink end
            close move drop fall decline increase rise change apply feed depend come follow happen occur begin start
            proceed conclude disappear exist go cease expire lapse transition shift absorb cover touch expose
            automate perform do run lose leave separate step exceed put cost limit make return become""");
    private static final Set<String> GIVING = set("""
            offer give provide protect include pay support invite encourage welcome help grant award entitle
            notify inform contact tell honor honour guarantee thank""");
    private static final Set<String> CHANGE = set("move shift transition change increase rise drop fall decline go end");
    private static final Set<String> NEED = set("need require mean result");
    private static final Set<String> HAVE = set("have");
    private static final Set<String> PAST_AUX = set("was were had did been");

    private AgentlessCandidates() {
    }

    /**
     * @param ruleSpans the rules' spans {from, to, shape} (see {@link AgentlessHarmDetector#SHAPES})
     */
    static List<SpanCandidate> find(SpanContext c, List<int[]> ruleSpans) {
        List<SpanCandidate> out = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        for (Predications.Predication p : c.predications()) {
            int[] span = span(c, p);
            if (span == null) {
                continue;
            }
            int[] rule = overlapping(ruleSpans, span[0], span[1]);
            SpanFeatureSet f = new SpanFeatureSet();
            if (rule != null) {
                f.add("rule").add("rule=" + AgentlessHarmDetector.SHAPES[rule[2]]);
                covered.add(rule);
            }
            clauseFeatures(c, p, span, f);
            out.add(new SpanCandidate(span[0], span[1], GLOSS, rule != null, f.list()));
        }
        for (int[] rule : ruleSpans) {
            if (covered.contains(rule)) {
                continue;
            }
            SpanFeatureSet f = new SpanFeatureSet().add("rule").add("rule=" + AgentlessHarmDetector.SHAPES[rule[2]])
                    .add("k=rule_only");
            sentenceFeatures(c, rule[0], rule[1], f);
            out.add(new SpanCandidate(rule[0], rule[1], GLOSS, true, f.list()));
        }
        return out;
    }

    private static int[] overlapping(List<int[]> spans, int from, int to) {
        for (int[] r : spans) {
            if (r[0] <= to && from <= r[1]) {
                return r;
            }
        }
        return null;
    }

    /** The candidate's units {from, to}, or null when the clause cannot hide the agent of a harm. */
    private static int[] span(SpanContext c, Predications.Predication p) {
        MatchableSentence s = c.s;
        MatchableSentence.Unit verb = s.get(p.verb());
        String subject = c.nounClass(p.subjectHead());
        boolean humanSubject = subject.equals("pron_human") || subject.equals("human_noun");
        boolean staffThing = subject.equals("workforce") || subject.equals("pay_terms") || subject.equals("site")
                || subject.equals("harm_noun") || subject.equals("you");
        boolean keep;
        if (p.passive()) {
            keep = !subject.equals("pron_human") || c.harmCue(p.start(), p.verb() + 3, false);
        } else if (p.copula()) {
            keep = p.subjectHead() >= 0 && (staffThing || subject.equals("there"))
                    && c.harmCue(p.start(), c.clauseEnd(p.verb()), false);
        } else {
            keep = p.subjectHead() >= 0 && !humanSubject && (verb.isAny(ACTIVE_VERBS) || staffThing);
        }
        if (!keep) {
            return null;
        }
        int from = p.start();
        int to = p.verb();
        if (to + 1 < s.size() && (s.get(to + 1).is("off") || s.get(to + 1).is("out") || s.get(to + 1).is("away")
                || s.get(to + 1).is("down") || s.get(to + 1).is("over"))) {
            to++;
        }
        if (p.copula() || !p.passive() && verb.isAny(NEED)) {
            // "there will be job losses", "the pool will be smaller", "will need 260 fewer associates"
            for (int k = to + 1; k < s.size() && k <= p.verb() + 6 && !PairRule.isBoundary(s.get(k)); k++) {
                if (s.get(k).pos("NOUN") || s.get(k).pos("ADJ") && k == p.verb() + 1) {
                    to = k;
                    if (s.get(k).pos("NOUN") && !(k + 1 < s.size() && s.get(k + 1).pos("NOUN"))) {
                        break;
                    }
                }
            }
        }
        return new int[] {from, to};
    }

    private static void clauseFeatures(SpanContext c, Predications.Predication p, int[] span, SpanFeatureSet f) {
        MatchableSentence s = c.s;
        MatchableSentence.Unit verb = s.get(p.verb());
        String kind = p.passive() ? "passive" : p.copula() ? "copula" : "active";
        f.add("k=" + kind);
        f.addIf(p.relative(), "k=relative");
        f.addIf(p.infinitive(), "k=infinitive");
        String lemma = WordForms.canonical(verb.lemma());
        f.add("v=" + lemma);
        String vclass = verbClass(verb);
        f.add("vc=" + vclass);
        f.add("k+vc=" + kind + "_" + vclass);
        String subject = c.nounClass(p.subjectHead());
        f.add("sc=" + subject);
        f.add("k+sc=" + kind + "_" + subject);
        f.add("sc+vc=" + subject + "_" + vclass);
        String possessive = c.possessive(p.start(), p.subjectHead());
        f.addIf(possessive != null, "poss=" + possessive);
        f.add("mod=" + (p.modal().isEmpty() ? "none" : p.modal()));
        boolean perfect = false;
        boolean past = false;
        for (int k = p.groupStart(); k < p.verb(); k++) {
            perfect |= s.get(k).isAny(HAVE);
            past |= s.get(k).isAny(PAST_AUX) && !s.get(k).lower().equals("been");
        }
        past |= p.groupStart() == p.verb() && verb.lower().endsWith("ed");
        f.addIf(perfect, "perfect").addIf(past, "past");
        f.add("by=" + byAgent(c, p.verb()));
        f.addIf(c.negated(c.clauseStart(p.start()), p.verb()) && !withheld(verb), "neg");
        f.addIf(c.negated(p.groupStart(), p.verb()) && withheld(verb), "neg_withheld");
        f.addIf(noLonger(s, p.groupStart(), p.verb()), "no_longer");
        if (p.subjectHead() >= 0 && !p.copula() && !p.passive()) {
            f.add("obj=" + c.nounClass(object(s, p.verb())));
        }
        if (p.copula()) {
            f.add("comp=" + complement(s, p.verb()));
        }
        int after = p.verb() + 1;
        if (after + 1 < s.size() && s.get(after).lower().equals("to") && s.get(after + 1).pos("VERB")) {
            // "will be expected to teach", "will be invited to relocate", "is going to get smaller"
            f.add("xcomp=" + verbClass(s.get(after + 1)));
            f.add("k+xcomp=" + kind + "_" + verbClass(s.get(after + 1)));
        }
        int clauseEnd = c.clauseEnd(p.verb());
        f.addIf(span[1] < clauseEnd && c.harmCue(span[1] + 1, clauseEnd, false), "cue=after");
        sentenceFeatures(c, span[0], span[1], f);
    }

    /** Features of the span's place in the sentence: cues, decider, condition, question, impact. */
    private static void sentenceFeatures(SpanContext c, int from, int to, SpanFeatureSet f) {
        int clauseFrom = c.clauseStart(from);
        int clauseTo = c.clauseEnd(to);
        boolean inSpan = c.harmCue(from, to, false);
        boolean plainInSpan = c.harmCue(from, to, true);
        f.add(inSpan ? "cue=span" : c.harmCue(clauseFrom, clauseTo, false) ? "cue=clause"
                : c.harmCue(0, c.s.size(), false) ? "cue=sentence" : "cue=none");
        f.addIf(plainInSpan, "cue=plain_span");
        c.harmKinds(from, to, f, "ck=");
        f.addIf(c.benefitCue(clauseFrom, clauseTo), "benefit_cue");
        f.addIf(c.humanDecider, "decider");
        f.addIf(c.conditional(from), "conditional");
        f.addIf(c.question, "question");
        f.add("imp=" + c.ruleImpact.code());
        int length = to - from + 1;
        f.add("len=" + (length <= 3 ? "short" : length <= 8 ? "mid" : "long"));
        f.addIf(from == 0 || c.clauseStart(from) == from, "clause_initial");
    }

    private static String verbClass(MatchableSentence.Unit v) {
        if (v.isAny(GIVING)) {
            return "giving";
        }
        if (v.isAny(WorkforceLexicon.JOB_LOSS_VERBS)) {
            return "job_loss";
        }
        if (v.isAny(WorkforceLexicon.HARM_PARTICIPLES)) {
            return "harm";
        }
        if (v.isAny(NEED)) {
            return "need";
        }
        if (v.isAny(CHANGE)) {
            return "change";
        }
        if (v.is("be")) {
            return "be";
        }
        return "other";
    }

    private static boolean withheld(MatchableSentence.Unit v) {
        return v.is("fill") || v.is("refill") || v.is("backfill") || v.is("replace") || v.is("renew") || v.is("fund")
                || v.is("offer") || v.is("carry") || v.is("transfer") || v.is("restore") || v.is("place")
                || v.is("redeploy");
    }

    private static boolean noLonger(MatchableSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.get(k).lower().equals("longer") && k > 0 && s.get(k - 1).lower().equals("no")) {
                return true;
            }
        }
        return false;
    }

    /** "human" for "by the executive team", "nonhuman" for "by automation", "none" without a by-phrase. */
    private static String byAgent(SpanContext c, int v) {
        MatchableSentence s = c.s;
        for (int k = v + 1; k < s.size() && k <= v + 4; k++) {
            if (PairRule.isBoundary(s.get(k))) {
                return "none";
            }
            if (s.get(k).lower().equals("by")) {
                for (int a = k + 1; a < s.size() && a <= k + 5; a++) {
                    String cls = c.nounClass(a);
                    if (s.get(a).pos("NOUN") || s.get(a).pos("PROPN") || s.get(a).pos("PRON")) {
                        return cls.equals("pron_human") || cls.equals("human_noun") || cls.equals("workforce")
                                || s.get(a).pos("PROPN") && !cls.equals("tech") ? "human" : "nonhuman";
                    }
                }
                return "nonhuman";
            }
        }
        return "none";
    }

    private static int object(MatchableSentence s, int v) {
        for (int k = v + 1; k < s.size() && k <= v + 6; k++) {
            if (PairRule.isBoundary(s.get(k))) {
                return -1;
            }
            if ((s.get(k).pos("NOUN") || s.get(k).pos("PRON") || s.get(k).pos("PROPN"))
                    && !(k + 1 < s.size() && s.get(k + 1).pos("NOUN"))) {
                return k;
            }
        }
        return -1;
    }

    private static String complement(MatchableSentence s, int v) {
        for (int k = v + 1; k < s.size() && k <= v + 4; k++) {
            MatchableSentence.Unit u = s.get(k);
            if (PairRule.isBoundary(u)) {
                break;
            }
            if (u.is("smaller") || u.is("small") || u.is("fewer") || u.is("few") || u.is("lower") || u.is("low")
                    || u.is("shorter") || u.is("less")) {
                return "smaller";
            }
            if (u.is("place") || u.is("effect") || u.is("risk") || u.is("subject") || u.is("necessary")
                    || u.is("required")) {
                return "state";
            }
            if (u.pos("NUM") || u.pos("PROPN")) {
                return "date_or_number";
            }
        }
        return "other";
    }
}
