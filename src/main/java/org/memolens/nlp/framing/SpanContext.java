package org.memolens.nlp.framing;

import static org.memolens.nlp.framing.WorkforceLexicon.set;

import java.util.List;
import java.util.Set;

import org.memolens.domain.ImpactLabel;

/**
 * What the device span features need to know about one sentence besides the span: the impact
 * rules' cues and decision, its clauses, and whether it is a question, a condition or names a
 * person who decides. Built once per sentence and shared by the candidate finders.
 */
final class SpanContext {

    private static final Set<String> HUMAN_PRONOUNS = set("i we he she they");
    private static final Set<String> DEMONSTRATIVES = set("this that it these those");
    private static final Set<String> QUANTIFIERS = set("most some many all each both none few several any half majority");
    private static final Set<String> CONDITIONS = set("if whether unless");
    private static final Set<String> NEGATORS = set("not n't never no nobody none without cannot");
    private static final Set<String> HUMAN_NOUNS = set("""
            leadership management board leader executive ceo founder committee director officer owner president chair
            partner company firm""");
    private static final Set<String> PEOPLE = set("""
            employee colleague people person worker staff member associate agent teammate engineer manager scientist
            nurse analyst consultant supervisor faculty lecturer researcher technician operator representative
            applicant contractor crew""");
    private static final Set<String> TECH = set("""
            ai automation technology tool model software system agent machine algorithm robot chatbot copilot platform
            engine assistant cell""");
    private static final Set<String> ABSTRACT = set("""
            market condition economy environment inflation demand pressure headwind competition rate tariff funding
            budget structure organization design plan change transformation program programme initiative decision review
            process transition shift integration merger acquisition situation reality circumstance trend model agreement
            arithmetic consolidation realignment approach move""");
    private static final Set<String> OTHER_HARMED = set("""
            target quota requirement expectation criterion premium contribution cost-sharing deductible coverage
            requisition vacancy backfill hiring arrangement exception eligibility access schedule rotation workload
            portfolio scope attendance day""");

    final MatchableSentence s;
    final List<Cue> cues;
    final ImpactLabel ruleImpact;
    final boolean question;
    final boolean humanDecider;
    private List<Predications.Predication> predications;

    SpanContext(MatchableSentence s, List<Cue> cues, ImpactLabel ruleImpact) {
        this.s = s;
        this.cues = cues;
        this.ruleImpact = ruleImpact;
        this.question = s.size() > 0 && s.get(s.size() - 1).text().equals("?");
        this.humanDecider = AgentlessHarmDetector.humanDecider(s);
    }

    List<Predications.Predication> predications() {
        if (predications == null) {
            predications = Predications.of(s);
        }
        return predications;
    }

    /** First unit of the clause holding unit {@code i}. */
    int clauseStart(int i) {
        int k = i;
        while (k > 0 && !PairRule.isBoundary(s.get(k - 1))) {
            k--;
        }
        return k;
    }

    /** Last unit of the clause holding unit {@code i}. */
    int clauseEnd(int i) {
        int k = i;
        while (k + 1 < s.size() && !PairRule.isBoundary(s.get(k + 1))) {
            k++;
        }
        return k;
    }

    /** A negator in units {@code from..to}; "no longer" does not deny. */
    boolean negated(int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
            MatchableSentence.Unit u = s.get(k);
            if (u.isAny(NEGATORS) || u.pos().contains("PART") && u.lower().startsWith("can")) {
                boolean noLonger = u.lower().equals("no") && k + 1 < s.size() && s.get(k + 1).lower().equals("longer");
                if (!noLonger) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "if", "whether" or "unless" opens the clause of unit {@code i} (or the one before it). */
    boolean conditional(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
            if (s.get(k).isAny(CONDITIONS)) {
                return true;
            }
            if (PairRule.isBoundary(s.get(k)) && !s.get(k).pos("SCONJ")) {
                return false;
            }
        }
        return false;
    }

    /** Harm cues (of the impact rules, euphemism cues left out when {@code plainOnly}) meeting units from..to. */
    boolean harmCue(int from, int to, boolean plainOnly) {
        for (Cue c : cues) {
            if (c.kind().startsWith(ImpactDetector.HARM) && c.from() <= to && from <= c.to()
                    && !(plainOnly && c.kind().contains("euphemism"))) {
                return true;
            }
        }
        return false;
    }

    boolean benefitCue(int from, int to) {
        for (Cue c : cues) {
            if (c.kind().startsWith(ImpactDetector.BENEFIT) && c.from() <= to && from <= c.to()) {
                return true;
            }
        }
        return false;
    }

    /** The kinds (first two parts, "harm:job_loss") of harm cues meeting units from..to. */
    void harmKinds(int from, int to, SpanFeatureSet f, String prefix) {
        for (Cue c : cues) {
            if (c.kind().startsWith(ImpactDetector.HARM) && c.from() <= to && from <= c.to()) {
                String kind = c.kind();
                int second = kind.indexOf(':', ImpactDetector.HARM.length());
                f.add(prefix + (second < 0 ? kind : kind.substring(0, second)));
            }
        }
    }

    /** A word class of the noun at {@code i}, for subjects and objects. */
    String nounClass(int i) {
        if (i < 0) {
            return "none";
        }
        MatchableSentence.Unit u = s.get(i);
        if (u.pos("PRON")) {
            if (u.isAny(HUMAN_PRONOUNS)) {
                return "pron_human";
            }
            if (u.is("you") || u.is("your")) {
                return "you";
            }
            if (u.lower().equals("there")) {
                return "there";
            }
            if (u.isAny(DEMONSTRATIVES)) {
                return "demonstrative";
            }
            return u.isAny(QUANTIFIERS) ? "quantifier" : "pron_other";
        }
        if (u.isAny(QUANTIFIERS) && (u.pos("DET") || u.pos("ADJ"))) {
            return "quantifier";
        }
        if (u.isAny(DEMONSTRATIVES) && u.pos("DET")) {
            return "demonstrative";
        }
        if (u.isAny(WorkforceLexicon.HARM_NOMINALS) || u.isAny(WorkforceLexicon.JOB_LOSS_NOUNS)) {
            return "harm_noun";
        }
        if (u.isAny(HUMAN_NOUNS)) {
            return "human_noun";
        }
        if (u.isAny(WorkforceLexicon.WORKFORCE) || u.isAny(PEOPLE)) {
            return "workforce";
        }
        if (u.isAny(WorkforceLexicon.PAY) || u.isAny(OTHER_HARMED)) {
            return "pay_terms";
        }
        if (u.isAny(WorkforceLexicon.SITES)) {
            return "site";
        }
        if (u.isAny(TECH)) {
            return "tech";
        }
        if (u.isAny(ABSTRACT)) {
            return "abstract";
        }
        if (u.pos("PROPN")) {
            return "propn";
        }
        return "other";
    }

    /** A possessive of the staff ("your", "their") among units from..to. */
    String possessive(int from, int to) {
        for (int k = Math.max(0, from); k <= to; k++) {
            String w = s.get(k).lower();
            if (w.equals("your") || w.equals("their") || w.equals("our")) {
                return w;
            }
        }
        return null;
    }
}
