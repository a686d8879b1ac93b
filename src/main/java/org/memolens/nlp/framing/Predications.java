package org.memolens.nlp.framing;

import static org.memolens.nlp.framing.WorkforceLexicon.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The clauses of a sentence as subject and verb group, found from their shape in UD tags and word
 * forms (there is no parser): a verb group is auxiliaries, adverbs and "not" before a main verb
 * ("will not be eliminated", "has become", "are being moved"), or a form of "be" with no verb after
 * it ("is in place", "will be smaller"); its subject is the noun phrase just before it, reached
 * back over one prepositional modifier ("merit increases for 2026 will be deferred") or a relative
 * pronoun ("associates who cannot be placed"). A subject after "expect" or "need" and before
 * "to" + verb counts too ("we expect the two sites to need fewer associates").
 *
 * <p>The tagger's mistakes are tolerated where they are frequent: a participle tagged ADJ or AUX
 * after "be" is still the main verb.
 */
final class Predications {

    /** One clause. Unit indices; {@code subjectStart} and {@code subjectHead} are -1 without a subject. */
    record Predication(int subjectStart, int subjectHead, int groupStart, int verb, boolean passive, boolean copula,
            boolean relative, boolean infinitive, String modal) {

        int start() {
            return subjectStart >= 0 ? subjectStart : groupStart;
        }
    }

    private static final Set<String> BE_GET = set("be get");
    private static final Set<String> MODALS = set("will would may might can could should must shall 'll wo");
    private static final Set<String> RELATIVE = set("who that which whose");
    private static final Set<String> EXPECTING = set("expect need want ask require allow");

    private Predications() {
    }

    static List<Predication> of(MatchableSentence s) {
        List<Predication> result = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            MatchableSentence.Unit u = s.get(v);
            boolean copula = u.is("be") && (u.pos("AUX") || u.pos("VERB")) && !verbFollows(s, v);
            boolean mainVerb = u.pos("VERB") && !(u.is("be") || u.is("have")) || afterBe(s, v) && participleLike(u);
            if (!copula && !mainVerb) {
                continue;
            }
            int g = v;
            String modal = "";
            boolean beGet = false;
            while (g > 0 && v - g < 6) {
                MatchableSentence.Unit p = s.get(g - 1);
                boolean aux = p.pos("AUX") || p.lower().equals("not") || p.lower().equals("n't")
                        || p.pos("ADV") && !PairRule.isBoundary(p) || p.is("get") && p.pos("VERB");
                if (!aux || p.pos("VERB") && !p.is("get")) {
                    break;
                }
                if (p.isAny(MODALS) && modal.isEmpty()) {
                    modal = p.keyIn(MODALS);
                }
                beGet |= p.isAny(BE_GET);
                g--;
            }
            boolean passive = !copula && beGet && AgentlessHarmDetector.isParticiple(u);
            int[] subject = subject(s, g);
            boolean relative = subject != null && subject[2] == 1;
            boolean infinitive = false;
            if (subject == null && g > 0 && s.get(g - 1).lower().equals("to") && modal.isEmpty()) {
                subject = subjectBeforeTo(s, g - 1);
                infinitive = subject != null;
            }
            if (subject == null && modal.isEmpty() && g == v && !copula && !passive) {
                continue; // a bare verb without a subject: an imperative, an infinitive or a tagging slip
            }
            result.add(new Predication(subject == null ? -1 : subject[0], subject == null ? -1 : subject[1], g, v,
                    passive, copula, relative, infinitive, modal));
        }
        return result;
    }

    private static boolean verbFollows(MatchableSentence s, int v) {
        for (int k = v + 1; k < s.size() && k <= v + 3; k++) {
            MatchableSentence.Unit u = s.get(k);
            if (u.pos("VERB") || u.pos("AUX") && !u.lower().equals("not") || participleLike(u) && k == v + 1) {
                return true;
            }
            if (!(u.pos("ADV") || u.lower().equals("not") || u.lower().equals("n't"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterBe(MatchableSentence s, int v) {
        for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
            MatchableSentence.Unit u = s.get(k);
            if (u.isAny(BE_GET) && (u.pos("AUX") || u.pos("VERB"))) {
                return true;
            }
            if (!(u.pos("ADV") || u.lower().equals("not") || u.lower().equals("n't"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean participleLike(MatchableSentence.Unit u) {
        return (u.pos("ADJ") || u.pos("AUX") && !u.isAny(BE_GET) && !u.isAny(MODALS) && !u.is("have")
                || u.pos("VERB")) && AgentlessHarmDetector.isParticiple(u);
    }

    /**
     * The subject before a verb group starting at {@code g}: {start, head, relative?1:0}, or null.
     * A relative pronoun stands for the noun phrase before it.
     */
    static int[] subject(MatchableSentence s, int g) {
        int k = g - 1;
        // ", however," between subject and verb
        if (k >= 2 && s.get(k).text().equals(",") && s.get(k - 1).pos("ADV") && s.get(k - 2).text().equals(",")) {
            k -= 3;
        }
        if (k < 0) {
            return null;
        }
        MatchableSentence.Unit u = s.get(k);
        if (u.isAny(RELATIVE) && (u.pos("PRON") || u.pos("DET") || u.pos("SCONJ"))) {
            int[] antecedent = nounPhraseEndingAt(s, k - 1);
            return antecedent == null ? null : new int[] {antecedent[0], antecedent[1], 1};
        }
        // "whose roles end": the relative clause's own subject, with the antecedent before "whose"
        int[] np = nounPhraseEndingAt(s, k);
        if (np == null) {
            return null;
        }
        if (np[0] > 0 && s.get(np[0] - 1).lower().equals("whose")) {
            int[] antecedent = nounPhraseEndingAt(s, np[0] - 2);
            return new int[] {antecedent == null ? np[0] - 1 : antecedent[0], np[1], 1};
        }
        // "employees who accept the program [will not be replaced]": the subject is before the relative clause
        int[] outer = beforeRelativeClause(s, np[0]);
        if (outer != null) {
            return new int[] {outer[0], outer[1], 0};
        }
        // back over one or two prepositional modifiers: "roles in corporate services", "coverage for spouses"
        int start = np[0];
        int head = np[1];
        for (int hop = 0; hop < 2 && start >= 2 && s.get(start - 1).pos("ADP") && !s.get(start - 1).lower().equals("by")
                && !s.get(start - 1).lower().equals("than"); hop++) {
            int[] before = nounPhraseEndingAt(s, start - 2);
            if (before == null || before[1] < 0) {
                break;
            }
            start = before[0];
            head = before[1];
        }
        return new int[] {start, head, 0};
    }

    /**
     * The noun phrase before a relative clause that ends just before {@code from} ("roles that were
     * approved in the spring"), or null: a relative pronoun, a verb after it, and no comma between.
     */
    private static int[] beforeRelativeClause(MatchableSentence s, int from) {
        boolean verb = false;
        for (int k = from - 1; k > 0 && from - k <= 8; k--) {
            MatchableSentence.Unit u = s.get(k);
            if (u.pos("PUNCT")) {
                return null;
            }
            verb |= u.pos("VERB");
            if (u.isAny(RELATIVE) && u.pos("PRON") && !u.lower().equals("whose")) {
                int[] antecedent = verb ? nounPhraseEndingAt(s, k - 1) : null;
                return antecedent != null && !s.get(antecedent[1]).pos("PRON") ? antecedent : null;
            }
        }
        return null;
    }

    /** "we expect [the two sites] to need": the noun phrase between a verb of expecting and "to". */
    private static int[] subjectBeforeTo(MatchableSentence s, int to) {
        int[] np = nounPhraseEndingAt(s, to - 1);
        if (np == null || np[0] == 0 || !s.get(np[0] - 1).isAny(EXPECTING) || !s.get(np[0] - 1).pos("VERB")) {
            return null;
        }
        return new int[] {np[0], np[1], 0};
    }

    /** A noun phrase whose last unit is {@code end}: {start, head}, or null. */
    static int[] nounPhraseEndingAt(MatchableSentence s, int end) {
        if (end < 0) {
            return null;
        }
        MatchableSentence.Unit last = s.get(end);
        boolean nominal = last.pos("NOUN") || last.pos("PROPN") || last.pos("NUM") || last.pos("PRON")
                && !last.isAny(RELATIVE) || last.pos("ADJ") && (last.lower().endsWith("s") || last.pos("ADJ"))
                || last.pos("X") || last.pos("DET") && (last.is("all") || last.is("most") || last.is("some")
                        || last.is("many") || last.is("each") || last.is("both") || last.is("those") || last.is("these"));
        if (!nominal) {
            // "employees ' pay", "the team 's"
            return null;
        }
        int head = end;
        int start = end;
        if (last.pos("PRON")) {
            return new int[] {end, end};
        }
        while (start > 0 && end - start < 7) {
            MatchableSentence.Unit u = s.get(start - 1);
            boolean modifier = u.pos("NOUN") || u.pos("PROPN") || u.pos("ADJ") || u.pos("NUM") || u.pos("DET")
                    || u.pos("PRON") && (u.lower().equals("your") || u.lower().equals("their") || u.lower().equals("our")
                            || u.lower().equals("my") || u.lower().equals("its") || u.lower().equals("his")
                            || u.lower().equals("her"))
                    || u.text().equals("-") || u.text().equals("'") || u.text().equals("%") || u.pos("X")
                    || u.pos("PART") && u.lower().equals("'s") || u.pos("ADV") && start - 2 >= 0 && s.get(start - 2).pos("DET");
            if (!modifier) {
                break;
            }
            start--;
        }
        return new int[] {start, head};
    }
}
