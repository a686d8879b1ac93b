package org.memolens.nlp.framing;

import static org.memolens.nlp.framing.WorkforceLexicon.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Candidate euphemisms, for the device span model to score. The annotation guide (section 5.1)
 * defines a euphemism as a softened, abstract, indirect or positive name for a harm to employees
 * where a plainer term exists; so besides the glossary and the rules of {@link EuphemismDetector},
 * candidates are the general shapes such names take:
 * <ul>
 * <li>a soft verb of change applied to the staff's jobs, teams, pay or terms ("rebalance the
 * contributions", "realign our administrative teams", "hours will be adjusted", "coding work will be
 * transitioned to a vendor");</li>
 * <li>an abstract noun for the measure ("the adjustments", "a realignment of our newsroom",
 * "attrition", "synergies");</li>
 * <li>the organisation made smaller in comparative words ("a leaner Greyfield", "fewer layers", "a
 * smaller, more specialised team");</li>
 * <li>people who lose their jobs described as leaving or as in a category ("leave Lattice",
 * "transition out of the firm", "employees in scope", "roles identified as surplus").</li>
 * </ul>
 * Whether a candidate softens a harm depends on its sentence ("streamline the expense workflow"
 * softens nothing), so the features say what the words act on, whether the sentence speaks of harm
 * and whether it denies or asks about it; the model learns the weights from the labelled sentences.
 */
final class EuphemismCandidates {

    private static final Set<String> SOFT_VERBS = set("""
            adjust rebalance recalibrate realign reorganize restructure streamline simplify evolve transform reshape
            resize rightsize optimize consolidate combine merge fold integrate transition transfer shift redeploy
            reassign reconfigure reset harmonize modernize update refresh pause hold defer sunset retire phase wind
            absorb redistribute exit separate release place vacate reduce impact affect touch expose reallocate
            rationalize right-size delayer flatten reprioritize refocus revisit review reshape moderate""");
    private static final Set<String> SOFT_NOUNS = set("""
            adjustment realignment transition restructuring reorganization reorg consolidation synergy synergies
            efficiency efficiencies attrition reduction rebalancing evolution simplification optimization
            rationalization action measure exit departure separation offboarding redeployment transformation reset
            moderation discipline reshaping resizing rightsizing""");
    /** Comparatives only: "a small team" describes, "a smaller team" announces a cut. */
    private static final Set<String> SHRINK = set("leaner smaller fewer flatter lighter slimmer tighter");
    private static final Set<String> ORG = set("""
            organization team function department operation operations structure workforce staff headcount company
            business group division unit model footprint network layer management desk newsroom force office
            branch site center hub""");
    private static final Set<String> PROCESS = set("""
            process workflow checklist approval tool system product app application meeting report data program
            programme project portfolio pipeline service offering contract vendor budget spending expense line""");
    private static final Set<String> PEOPLE = set("""
            employee colleague people person worker staff member associate agent teammate engineer manager role
            position job individual team everyone anyone those""");
    private static final Set<String> LEAVE = set("leave depart exit");
    private static final Set<String> POINTERS = set("that this it which what");
    private static final Set<String> LEAVE_OBJECTS = set("company firm bank organization business us institute team");
    private static final Set<String> CATEGORY_WORDS = set("scope surplus risk displaced exiting transitioning departing");
    private static final Set<String> QUOTES = Set.of("\"", "'", "“", "”", "‘", "’");

    private EuphemismCandidates() {
    }

    /**
     * @param rules the candidates of the glossary and the rules (their {@code rule} flag as the rules decide)
     */
    static List<SpanCandidate> find(SpanContext c, List<EuphemismDetector.Found> rules) {
        List<SpanCandidate> out = new ArrayList<>();
        for (EuphemismDetector.Found r : rules) {
            SpanFeatureSet f = new SpanFeatureSet().add("src=" + r.source()).add("cat=" + r.category())
                    .add(Boolean.getBoolean("nog") ? "cat2=" + r.category() : "g=" + r.pattern()).addIf(r.rule(), "rule");
            features(c, r.from(), r.to(), f, r.source());
            out.add(new SpanCandidate(r.from(), r.to(), r.gloss(), r.rule(), f.list()));
        }
        MatchableSentence s = c.s;
        for (int i = 0; i < s.size(); i++) {
            MatchableSentence.Unit u = s.get(i);
            if (u.isAny(SOFT_VERBS) && (u.pos("VERB") || u.pos("ADJ") && AgentlessHarmDetector.isParticiple(u)
                    || u.pos("NOUN") && u.lower().endsWith("ing"))) {
                softVerb(c, i, out);
            }
            if (u.isAny(SOFT_NOUNS) && u.pos("NOUN")) {
                add(c, out, nounPhraseStart(s, i), i, "soft_noun", WordForms.canonical(u.lemma()),
                        "a softened name for cuts to jobs, pay or conditions");
            }
            if (u.isAny(SHRINK) && (u.pos("ADJ") || u.pos("ADV")) && i + 1 < s.size()) {
                shrink(c, i, out);
            }
            if (u.isAny(LEAVE) && u.pos("VERB")) {
                leaving(c, i, out);
            }
            if (u.isAny(CATEGORY_WORDS)) {
                category(c, i, out);
            }
        }
        return merged(out);
    }

    /** Candidates of the same span become one, with the features of each (several glossary variants). */
    private static List<SpanCandidate> merged(List<SpanCandidate> candidates) {
        List<SpanCandidate> out = new ArrayList<>(candidates.size());
        for (SpanCandidate c : candidates) {
            int same = -1;
            for (int k = 0; k < out.size() && same < 0; k++) {
                if (out.get(k).from() == c.from() && out.get(k).to() == c.to()) {
                    same = k;
                }
            }
            if (same < 0) {
                out.add(c);
            } else {
                SpanCandidate o = out.get(same);
                SpanFeatureSet f = new SpanFeatureSet();
                o.features().forEach(f::add);
                c.features().forEach(f::add);
                out.set(same, new SpanCandidate(o.from(), o.to(), o.rule() ? o.gloss() : c.gloss(), o.rule() || c.rule(),
                        f.list()));
            }
        }
        return out;
    }

    private static void add(SpanContext c, List<SpanCandidate> out, int from, int to, String source, String word,
            String gloss) {
        for (SpanCandidate o : out) {
            if (o.from() == from && o.to() == to) {
                return; // a glossary or rule candidate already stands here, with its own gloss
            }
        }
        SpanFeatureSet f = new SpanFeatureSet().add("src=" + source).add("g=" + source + ":" + word);
        features(c, from, to, f, source);
        out.add(new SpanCandidate(from, to, gloss, false, f.list()));
    }

    /** "rebalance the contributions", "hours will be adjusted", "realign our administrative teams". */
    private static void softVerb(SpanContext c, int v, List<SpanCandidate> out) {
        MatchableSentence s = c.s;
        int object = -1;
        for (int k = v + 1; k < s.size() && k <= v + 5 && !PairRule.isBoundary(s.get(k)); k++) {
            if (s.get(k).pos("NOUN") || s.get(k).pos("PROPN")) {
                object = k;
                if (!(k + 1 < s.size() && s.get(k + 1).pos("NOUN"))) {
                    break;
                }
            }
        }
        int subject = -1;
        if (AgentlessHarmDetector.isParticiple(s.get(v))) {
            int g = v;
            while (g > 0 && (s.get(g - 1).pos("AUX") || s.get(g - 1).pos("ADV") || s.get(g - 1).lower().equals("not"))) {
                g--;
            }
            int[] subj = g < v ? Predications.subject(s, g) : null;
            subject = subj == null ? -1 : subj[1];
        }
        int arg = subject >= 0 ? subject : object;
        String argClass = argumentClass(c, arg);
        boolean passive = subject >= 0;
        int to = !passive && object >= 0 && object - v <= 4 ? object : v;
        String word = WordForms.canonical(s.get(v).lemma());
        SpanFeatureSet f = new SpanFeatureSet().add("src=soft_verb").add("g=soft_verb:" + word).add("arg=" + argClass)
                .add("src+arg=soft_verb_" + argClass).addIf(passive, "passive");
        features(c, v, to, f, "soft_verb");
        for (SpanCandidate o : out) {
            if (o.from() == v && o.to() == to) {
                return;
            }
        }
        out.add(new SpanCandidate(v, to, "a softened name for cuts to jobs, pay or conditions", false, f.list()));
    }

    /** "a leaner Greyfield", "fewer layers", "a smaller, more specialised team". */
    private static void shrink(SpanContext c, int i, List<SpanCandidate> out) {
        MatchableSentence s = c.s;
        for (int k = i + 1; k < s.size() && k <= i + 5 && !s.get(k).text().equals("."); k++) {
            MatchableSentence.Unit u = s.get(k);
            if (u.pos("NOUN") || u.pos("PROPN")) {
                if (k + 1 < s.size() && s.get(k + 1).pos("NOUN")) {
                    continue;
                }
                String argClass = argumentClass(c, k);
                if (!(argClass.equals("people") || argClass.equals("org") || argClass.equals("propn"))) {
                    return; // "fewer handoffs", "smaller budgets": not the organisation itself
                }
                SpanFeatureSet f = new SpanFeatureSet().add("src=shrink").add("g=shrink:" + WordForms.canonical(s.get(i).lower()))
                        .add("arg=" + argClass).add("src+arg=shrink_" + argClass);
                features(c, i, k, f, "shrink");
                out.add(new SpanCandidate(i, k, "a smaller organisation: fewer jobs", false, f.list()));
                return;
            }
            if (u.pos("VERB") || u.pos("ADP") && !u.lower().equals("of")) {
                return;
            }
        }
    }

    /** "leave Lattice", "leave the company", "transition out of the firm". */
    private static void leaving(SpanContext c, int i, List<SpanCandidate> out) {
        MatchableSentence s = c.s;
        if (i > 0 && s.get(i - 1).isAny(POINTERS)) {
            return; // "that leaves us with eleven months of runway"
        }
        int k = i + 1;
        if (k < s.size() && s.get(k).pos("DET")) {
            k++;
        }
        if (k < s.size() && (s.get(k).pos("PROPN") || s.get(k).isAny(LEAVE_OBJECTS))) {
            add(c, out, i, k, "leaving", WordForms.canonical(s.get(i).lemma()), "people who are losing their jobs");
        }
    }

    /** "employees in scope", "roles identified as surplus", "colleagues at risk". */
    private static void category(SpanContext c, int i, List<SpanCandidate> out) {
        MatchableSentence s = c.s;
        for (int k = Math.max(0, i - 4); k <= Math.min(s.size() - 1, i + 3); k++) {
            if (k != i && s.get(k).isAny(PEOPLE) && (s.get(k).pos("NOUN") || s.get(k).pos("PRON"))) {
                add(c, out, Math.min(i, k), Math.max(i, k), "category", WordForms.canonical(s.get(i).lower()),
                        "people who are losing their jobs");
                return;
            }
        }
    }

    /** Back from a noun over its modifiers: "a realignment", "further reductions", "workforce transition". */
    private static int nounPhraseStart(MatchableSentence s, int head) {
        int start = head;
        while (start > 0 && head - start < 3 && (s.get(start - 1).pos("ADJ") || s.get(start - 1).pos("NOUN"))) {
            start--;
        }
        return start;
    }

    private static String argumentClass(SpanContext c, int k) {
        if (k < 0) {
            return "none";
        }
        MatchableSentence.Unit u = c.s.get(k);
        if (u.isAny(PEOPLE) || u.isAny(WorkforceLexicon.WORKFORCE)) {
            return "people";
        }
        if (u.isAny(ORG) || u.isAny(WorkforceLexicon.SITES)) {
            return "org";
        }
        if (u.isAny(WorkforceLexicon.PAY)) {
            return "pay";
        }
        if (u.isAny(PROCESS)) {
            return "process";
        }
        if (u.pos("PROPN")) {
            return "propn";
        }
        String cls = c.nounClass(k);
        return cls.equals("pay_terms") ? "pay" : "other";
    }

    /** Features of a candidate's sentence: harm spoken of, denied or asked about; quoted; length. */
    private static void features(SpanContext c, int from, int to, SpanFeatureSet f, String source) {
        MatchableSentence s = c.s;
        int clauseFrom = c.clauseStart(from);
        int clauseTo = c.clauseEnd(to);
        boolean plainClause = plainHarm(c, clauseFrom, clauseTo, from, to);
        boolean plainSentence = plainClause || plainHarm(c, 0, s.size() - 1, from, to);
        String harm = plainClause ? "clause" : plainSentence ? "sentence" : "none";
        f.add("plain=" + harm).add("src+plain=" + source + "_" + harm);
        String impact = c.impactWithout(from, to).code();
        f.add("imp=" + impact).add("src+imp=" + source + "_" + impact);
        f.addIf(c.benefitCue(0, s.size() - 1), "benefit_cue");
        f.addIf(c.negated(clauseFrom, to), "neg");
        f.addIf(c.question, "question");
        f.addIf(c.conditional(from), "conditional");
        f.addIf(quoted(s, from, to), "quoted");
        int length = to - from + 1;
        f.add("len=" + (length == 1 ? "1" : length <= 3 ? "2-3" : "4+"));
        f.addIf(c.humanDecider, "decider");
    }

    /** A harm cue other than a glossary match, outside the candidate, in units from..to. */
    private static boolean plainHarm(SpanContext c, int from, int to, int skipFrom, int skipTo) {
        for (Cue cue : c.cues) {
            if (cue.kind().startsWith(ImpactDetector.HARM) && !cue.kind().contains("euphemism") && cue.from() <= to
                    && from <= cue.to() && !(cue.from() >= skipFrom && cue.to() <= skipTo)) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(MatchableSentence s, int from, int to) {
        return from > 0 && QUOTES.contains(s.get(from - 1).text()) && to + 1 < s.size()
                && QUOTES.contains(s.get(to + 1).text());
    }
}
