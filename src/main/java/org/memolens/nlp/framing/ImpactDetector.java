package org.memolens.nlp.framing;

import static org.memolens.nlp.framing.WorkforceLexicon.set;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.memolens.domain.Evidence;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;

/**
 * Workforce impact cues of one sentence by transparent rules, and the rule decision: harm, benefit
 * or none, with the words that show it. Harm takes precedence over benefit; a negated harm ("no
 * roles will be affected", "we have no plans for layoffs") is an assurance, hence a benefit; a
 * negated benefit ("no bonuses this year") is a harm. Severance and support for people who are
 * leaving imply the job loss, so they are harm (the CARE_SUPPORT frame records the support), as the
 * annotation guide says (section 3.1).
 *
 * <p>Immutable; thread-safe.
 */
final class ImpactDetector {

    static final String HARM = "harm:";
    static final String BENEFIT = "benefit:";

    private static final Set<String> PEOPLE_NOUNS = set("""
            engineer scientist nurse developer designer analyst specialist representative rep researcher teacher
            technician operator driver people person employee colleague staff role position job seat graduate
            intern apprentice manager leader worker member associate agent hire coach seller recruiter""");
    private static final Set<String> JOB_NOUNS = set("""
            job role position headcount workforce staff staffing employee people colleague worker teammate member fte
            personnel associate contractor seat individual crew employment post layer intake supervisor nurse physician
            cashier lecturer coordinator representative rep examiner technician editor writer journalist force
            anyone anybody nobody everyone everybody""");
    private static final Set<String> PAY_NOUNS = set("""
            pay salary wage bonus merit raise compensation benefit 401k match pension stipend perk allowance overtime
            commission equity pto promotion differential premium award grant refresh pool coverage subsidy accrual
            increase""");
    private static final Set<String> GAIN_NOUNS = set("""
            pay salary wage bonus compensation benefit stipend pto leave allowance equity coverage vacation payment
            childcare budget award subsidy band match coverage pension increase apprenticeship hour schedule discount
            premium""");

    /** What shrinks to people's loss: their numbers, hours, pay pools and awards. */
    private static final Set<String> DECREASING = set("""
            team headcount workforce staff staffing organization organisation pool award intake class hour salary pay
            bonus raise increase grant refresh associate employee worker operator role position job""");

    private static final List<PairRule> PAIRS = List.of(
            new PairRule(HARM + "job_loss", WorkforceLexicon.JOB_LOSS_VERBS, PairRule.VERBISH, JOB_NOUNS,
                    PairRule.NOUNISH, 7, 7),
            new PairRule(HARM + "job_loss", set("end conclude cease disappear decline retire discontinue"), Set.of("VERB"),
                    union(JOB_NOUNS, set("production operation contract")), PairRule.NOUNISH, 2, 6),
            new PairRule(HARM + "closure", WorkforceLexicon.CLOSE_VERBS, Set.of("VERB", "NOUN"),
                    WorkforceLexicon.SITES, PairRule.NOUNISH, 4, 8),
            new PairRule(HARM + "closure", set("consolidate consolidation merge"), Set.of("VERB", "NOUN"),
                    set("""
                            office site store branch plant team center hub location operation function presence footprint
                            territory route region station"""),
                    PairRule.NOUNISH, 4, 8),
            new PairRule(HARM + "pay", WorkforceLexicon.PAY_CUT_VERBS, PairRule.VERBISH, PAY_NOUNS, Set.of(), 4, 10),
            new PairRule(HARM + "pay", set("limit cap reduce"), PairRule.VERBISH, set("increase"), PairRule.NOUNISH, 3, 7),
            new PairRule(HARM + "pay", set("increase rise raise higher hike"), PairRule.VERBISH,
                    set("premium contribution deductible copay co-pay quota target"), PairRule.NOUNISH, 3, 6),
            new PairRule(HARM + "hours", set("reduce reduced fewer short cut lower"), PairRule.VERBISH,
                    set("hour shift schedule"), PairRule.NOUNISH, 2, 5),
            new PairRule(HARM + "hiring_freeze", set("freeze pause stop halt suspend slow limit fewer defer postpone"),
                    PairRule.VERBISH, WorkforceLexicon.HIRE, Set.of(), 3, 7),
            new PairRule(HARM + "relocation", set("relocate relocation move transfer"), Set.of("VERB", "NOUN"),
                    set("role position job function operation headquarters office"), Set.of(), 3, 6),
            new PairRule(HARM + "job_loss", set("shrink smaller fewer"), Set.of("ADJ", "VERB"),
                    set("workforce headcount staff staffing employee"), PairRule.NOUNISH, -1, 5),
            // "the pool is 20% smaller", "hours will drop", "awards will be lower", "a smaller team"
            new PairRule(HARM + "decrease", set("smaller fewer lower shorter less drop shrink"),
                    Set.of("ADJ", "VERB", "ADV", "NOUN", "NUM"), DECREASING, PairRule.NOUNISH, 3, 5),
            new PairRule(HARM + "office", set("end rescind revoke withdraw discontinue replace"), PairRule.VERBISH,
                    set("telework remote hybrid"), Set.of(), 4, 6),
            new PairRule(HARM + "workload", set("fewer smaller"), Set.of("ADJ", "ADV", "DET"),
                    union(PEOPLE_NOUNS, set("colleague headcount")), PairRule.NOUNISH, 2),
            new PairRule(HARM + "performance", set("""
                    consider include reflect measure factor count weigh tie link criterion criteria"""),
                    PairRule.VERBISH, set("performance review evaluation rating assessment appraisal"), Set.of(), 6, 6),
            new PairRule(BENEFIT + "hiring", WorkforceLexicon.HIRE, Set.of("VERB", "NOUN"),
                    PEOPLE_NOUNS, PairRule.NOUNISH, 4),
            new PairRule(BENEFIT + "new_roles", set("new additional more"), Set.of("ADJ", "ADV"),
                    set("role position job opening headcount seat"), PairRule.NOUNISH, 2, -1),
            new PairRule(BENEFIT + "new_roles", set("double triple grow expand"), Set.of("VERB"),
                    set("team headcount workforce staff"), PairRule.NOUNISH, 3, 2),
            // "affected managers", "the supervisors affected": people named by what happens to them
            new PairRule(HARM + "job_loss", set("affected impacted"), Set.of("ADJ", "VERB"),
                    union(JOB_NOUNS, PEOPLE_NOUNS), PairRule.NOUNISH, 1, 1),
            new PairRule(BENEFIT + "new_roles", set("open create add grow expand"), Set.of("VERB"),
                    set("role position job opening headcount seat"), PairRule.NOUNISH, 3, 4),
            new PairRule(BENEFIT + "pay", set("""
                    increase raise boost improve enhance expand extend add additional new extra double more cover restore
                    rise earn"""),
                    Set.of(), GAIN_NOUNS, Set.of(), 4, 4),
            new PairRule(BENEFIT + "training", set("""
                    fund funded offer provide free invest budget stipend sponsor pay launch open commit access cover"""),
                    Set.of(), set("""
                    training course learning certification upskilling reskilling tuition education academy coach coaching
                    apprenticeship"""),
                    Set.of(), 4),
            // "improved workplaces" (guide 3.2): amenities given to staff, "free lunch", "catered breakfasts"
            new PairRule(BENEFIT + "workplace", set("free catered complimentary subsidised subsidized"), Set.of(),
                    set("lunch breakfast dinner meal snack coffee parking childcare shuttle transit pass gym"), Set.of(), 3, 2),
            new PairRule(BENEFIT + "security", set("protect secure safe guarantee keep honor honour"), Set.of(),
                    set("job role position pay salary employment staffing seniority"), PairRule.NOUNISH, 3));

    /** Multi-word cues, matched with short gaps like glossary patterns; never flipped by a "not" inside. */
    private static final String[][] PHRASES = {
        {HARM + "job_loss", "lay off", "layoff", "let go", "part way", "last day", "leave the company", "lose job",
            "job loss", "severance", "outplacement", "redundancy", "redundant", "furlough", "rif", "cobra",
            "notice period", "no longer exist", "no longer be need", "no longer with", "say goodbye", "say farewell",
            "be leave", "will be leave", "those leave", "those affect", "those impact", "anyone affect", "anyone impact",
            "everyone affect", "everyone impact", "who be affect", "who be impact", "if you be affect",
            "person leave", "people leave", "colleague leave", "employee leave", "everyone leave",
            "individual contributor role", "reduction in force", "transition out", "exit package", "separation package",
            "involuntary", "wind down", "downsize", "downsizing", "rightsizing", "rightsize", "early retirement",
            "voluntary separation", "not be renew", "will not renew", "not be refill", "not transfer",
            "not be replace", "not be backfill", "at risk of redundancy", "separation", "job fair", "unemployment",
            "warn act", "re - employment", "dislocated worker", "early - retirement", "non - renewal", "one leave",
            "everyone depart", "those depart", "anyone depart", "people depart", "colleague depart",
            "last working day", "employment end", "role conclude", "role go away", "position go away",
            "job go away", "identify as surplus", "exceed requirement", "in lieu of notice", "<NUM> - day notice",
            "receive notice", "exit package", "lose their job", "transition date", "transition bonus",
            "transition payment", "in - scope", "in scope", "retirement incentive", "retirement window",
            "lump sum", "bridge payment", "buyout", "voluntary programme", "voluntary program", "voluntary exit",
            "those who accept", "not continue beyond", "not be carry over", "go away"},
        {HARM + "demotion", "title change", "demote", "demotion", "return to hand - on", "individual - contributor",
            "lower grade", "remove the grade", "step down"},
        {HARM + "outsourcing", "outsource", "outsourcing", "offshore", "offshoring", "nearshore", "hand over to",
            "third - party logistics", "move work offshore", "transfer to our partner", "transition to our partner",
            "transition to a partner", "transition to the vendor", "transition to <PROPN>", "transfer to <PROPN>",
            "shared service centre", "shared service center", "business service", "transfer - of - undertaking",
            "tupe", "offer employment with", "offer position with", "today require", "currently require",
            "currently take <NUM>"},
        {HARM + "hours", "four - day week", "reduce schedule", "reduced schedule", "few hour", "unpaid leave",
            "unpaid day", "short week", "no longer apply", "share of premium", "surcharge", "hold at current level", "not be fund",
            "not fund", "give up"},
        {HARM + "relocation", "invite to relocate", "ask to relocate", "relocation package", "relocate associate",
            "relocate employee", "relocating associate", "relocating employee"},
        {HARM + "office", "remote work will end", "end remote", "no longer remote", "anchor day", "hub day",
            "badge data", "badge swipe", "report on site", "day a week in", "day per week in", "day in the office",
            "attendance will", "attendance requirement", "attendance expectation",
            "return to hub", "return to office", "return to the office", "return - to - office", "rto"},
        {HARM + "hiring_freeze", "hiring freeze", "freeze on hiring", "not backfill", "no backfill", "not replace",
            "pause on backfill", "pause backfill", "hire few", "not be fill", "will not fill", "not fill",
            "vacant position", "open requisition"},
        {HARM + "automation", "replace by ai", "replace by automation", "handle by ai", "do by ai", "take over by",
            "reduce the need for", "need few", "fewer people", "with few people"},
        {HARM + "performance", "performance improvement plan", "performance plan", "low performer", "stack rank",
            "manage out", "will not be staff", "progressive discipline", "rate in the bottom", "below the bar",
            "performance distribution", "forced distribution", "struggle to progress", "bottom <NUM> %"},
        {HARM + "workload", "absorb the work", "do more with few", "take on additional", "same work with",
            "more work", "wide team", "wide portfolio", "wider team", "wider portfolio", "span of control",
            "more direct report", "scope of every role", "cover for", "larger team",
            "run thin", "take out layer", "from <NUM> layer to"},
        {BENEFIT + "hiring", "we be hire", "will hire", "be hiring", "new hire", "new role", "new position",
            "new job", "create job", "create role", "open role", "career path", "more job"},
        {BENEFIT + "pay", "pay increase", "salary increase", "merit increase", "wage increase", "cost - of - living increase",
            "equity grant", "stock grant", "profit sharing", "retention bonus", "spot bonus", "paid leave",
            "parental leave", "day off", "week off", "paid time off", "wellbeing day", "learning budget",
            "tuition reimbursement", "more flexibility", "great flexibility", "flexible work", "flexible schedule",
            "flexible hour", "one - time payment", "appreciation payment", "retention award", "pay band",
            "transit subsidy", "commuter", "subsidised", "subsidized", "full salary", "restore", "top up",
            "reinvest in * salary", "raise <PRON> pay", "floating holiday", "extra holiday", "additional day",
            "extra day", "sabbatical", "on - site childcare", "childcare", "commuting stipend", "paid time",
            "protected time", "learning time", "paid work hour", "paid working hour", "remain flexible"},
        {BENEFIT + "hiring", "promote", "promoting", "hiring event", "job posting", "apprenticeship", "offer role",
            "offer full - time", "first claim on"},
        {BENEFIT + "security", "job security", "job be safe", "job be secure", "remain the same", "stay the same",
            "unaffected", "no change to", "nothing change", "remain exactly", "remain as", "retain their appointment",
            "retain their job", "keep their job", "continue to receive", "continue to be honour", "unchanged",
            "be exempt", "exempt from", "no copay", "keep that arrangement", "be retain"},
    };

    /** Single nouns that are a cue only as nouns: "a raise" (not "raise the bar"), "a bonus". */
    private static final Set<String> BENEFIT_NOUNS = set("raise bonus promotion");

    /** Where people work, and words that make it a mandate ("four days a week in the office"). */
    private static final Set<String> OFFICE = set("office in-person onsite on-site studio campus workplace");
    private static final Set<String> NOT_A_PLACE = set("hour hours back box front");
    private static final Set<String> MANDATE = set("""
            return require requirement expect expectation mandate mandatory must attendance full-time""");

    /** Owners of pay that is not the staff's: "my own salary", "the executive team's pay". */
    private static final Set<String> LEADERS_ONLY = set("executive leadership ceo my me");
    private static final Set<String> STAFF = set("staff employee everyone all colleague teammate team worker anyone");

    private static final Set<String> NEGATORS = set("not n't no never none without nor avoid prevent zero neither "
            + "cannot can+not nobody");
    private static final Set<String> SCOPE = Set.of("AUX", "ADV", "PART", "DET", "ADJ", "NUM");

    private static final Set<String> ADD_HIRE = set("add hire recruit");
    private static final Set<String> SPARED = set("exempt protect spare shield insulate");
    private static final Set<String> CENTRES = set("center centre");
    private final PatternIndex<String> phrases = new PatternIndex<>();
    private final EuphemismGlossary glossary;

    ImpactDetector(EuphemismGlossary glossary) {
        this.glossary = glossary;
        for (String[] group : PHRASES) {
            for (int i = 1; i < group.length; i++) {
                phrases.add(TokenPattern.compile(group[i], 2), group[0]);
            }
        }
    }

    /** Every harm and benefit cue, negation applied: a negated cue flips its label. */
    List<Cue> cues(MatchableSentence s) {
        List<Cue> cues = new ArrayList<>();
        List<Cue> pairs = new ArrayList<>();
        for (PairRule rule : PAIRS) {
            rule.find(s, pairs);
        }
        for (Cue c : pairs) {
            if (!aboutMachines(s, c)) {
                add(s, cues, c, true);
            }
        }
        for (PatternIndex.Match<String> m : phrases.findAll(s)) {
            add(s, cues, new Cue(m.payload(), m.from(), m.to(), 1), false);
        }
        List<Cue> singles = new ArrayList<>();
        singleWordCues(s, singles);
        for (Cue c : singles) {
            add(s, cues, c, false);
        }
        for (PatternIndex.Match<EuphemismGlossary.Entry> m : glossary.index().findAll(s)) {
            double weight = strongCategory(m.payload().category()) ? 1 : 0.5;
            // A glossary pattern may skip filler words, "not" among them: "roles are not affected".
            boolean ownNegation = m.payload().pattern().matches(".*\\b(no|not|never)\\b.*");
            add(s, cues, new Cue(HARM + "euphemism:" + m.payload().category(), m.from(), m.to(), weight), !ownNegation);
        }
        cues.sort(Comparator.comparingInt(Cue::from).thenComparingInt(Cue::to));
        return cues;
    }

    private static void add(MatchableSentence s, List<Cue> cues, Cue c, boolean pair) {
        if (c.kind().equals(HARM + "pay") && leadersOnly(s)) {
            return;
        }
        cues.add(negated(s, c, pair) ? flip(c) : c);
    }

    Impact detect(MatchableSentence s) {
        return decide(s, cues(s));
    }

    /**
     * Harm wins over benefit. Overlapping cues count once (at their strongest), so two glossary
     * variants of one vague word do not add up to harm.
     */
    static Impact decide(MatchableSentence s, List<Cue> cues) {
        double harm = score(cues, HARM);
        double benefit = score(cues, BENEFIT);
        ImpactLabel label = harm >= 1 ? ImpactLabel.HARM : benefit >= 1 ? ImpactLabel.BENEFIT : ImpactLabel.NONE;
        return new Impact(label, evidence(s, cues, label));
    }

    static double score(List<Cue> cues, String prefix) {
        double total = 0;
        List<Cue> counted = new ArrayList<>();
        for (Cue c : strongestFirst(cues, prefix)) {
            if (counted.stream().noneMatch(c::overlaps)) {
                counted.add(c);
                total += c.weight();
            }
        }
        return total;
    }

    private static List<Cue> strongestFirst(List<Cue> cues, String prefix) {
        List<Cue> list = new ArrayList<>();
        for (Cue c : cues) {
            if (c.kind().startsWith(prefix)) {
                list.add(c);
            }
        }
        list.sort(Comparator.comparingDouble(Cue::weight).reversed()
                .thenComparing(Comparator.comparingInt((Cue c) -> c.to() - c.from()).reversed()));
        return list;
    }

    /** The longest of each group of overlapping cues of the label, in text order. */
    static List<Evidence> evidence(MatchableSentence s, List<Cue> cues, ImpactLabel label) {
        List<Evidence> evidence = new ArrayList<>();
        if (label == ImpactLabel.NONE) {
            return evidence;
        }
        String prefix = label == ImpactLabel.HARM ? HARM : BENEFIT;
        List<Cue> all = new ArrayList<>();
        for (Cue c : cues) {
            if (c.kind().startsWith(prefix)) {
                all.add(c);
            }
        }
        all.sort(Comparator.comparingInt((Cue c) -> c.to() - c.from()).reversed());
        List<Cue> chosen = new ArrayList<>();
        for (Cue c : all) {
            if (chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Cue::from));
        for (Cue c : chosen) {
            evidence.add(s.evidence(c.from(), c.to(), c.weight()));
        }
        return evidence;
    }

    private static void singleWordCues(MatchableSentence s, List<Cue> out) {
        int office = -1;
        int mandate = -1;
        for (int i = 0; i < s.size(); i++) {
            MatchableSentence.Unit u = s.get(i);
            if (u.pos("NOUN") && u.isAny(BENEFIT_NOUNS)) {
                out.add(new Cue(BENEFIT + "pay", i, i, 1));
            }
            if (u.pos("NOUN") && u.is("increase") && i >= 2
                    && (s.get(i - 1).text().equals("%") || s.get(i - 1).pos("NUM")) && s.get(i - 2).pos("NUM")) {
                out.add(new Cue(BENEFIT + "pay", i - 2, i, 1)); // "a 4% increase"
            }
            if (u.isAny(ADD_HIRE) && u.pos("VERB") && i + 1 < s.size() && s.get(i + 1).pos("NUM")
                    && i + 2 < s.size() && (s.get(i + 2).pos("NOUN") || s.get(i + 2).pos("ADJ"))) {
                out.add(new Cue(BENEFIT + "hiring", i, i + 2, 1));
            }
            if (office < 0 && isWorkplace(s, i)) {
                office = i;
            }
            if (mandate < 0 && (u.isAny(MANDATE) || u.is("day") && i + 2 < s.size()
                    && (s.get(i + 1).is("a") || s.get(i + 1).is("per")) && s.get(i + 2).is("week"))) {
                mandate = i;
            }
        }
        if (office >= 0 && mandate >= 0) {
            // Two pieces of evidence: where, and the mandate; each half of the cue.
            out.add(new Cue(HARM + "office", office, office, 0.5));
            out.add(new Cue(HARM + "office", mandate, mandate, 0.5));
        }
    }

    /** "the office", "in person", "on site": a place of work, not "office hours" or "back-office". */
    private static boolean isWorkplace(MatchableSentence s, int i) {
        MatchableSentence.Unit u = s.get(i);
        if (u.lower().equals("person") && i > 0 && s.get(i - 1).lower().equals("in")) {
            return true;
        }
        if (!u.isAny(OFFICE)) {
            return false;
        }
        boolean before = i > 0 && (s.get(i - 1).isAny(NOT_A_PLACE) || s.get(i - 1).text().equals("-"));
        boolean after = i + 1 < s.size() && s.get(i + 1).isAny(NOT_A_PLACE);
        return !before && !after;
    }

    /** "consolidate the data centres": machines, not workplaces. */
    private static boolean aboutMachines(MatchableSentence s, Cue c) {
        for (int i = Math.max(1, c.from()); i <= c.to(); i++) {
            if (s.get(i - 1).is("data") && s.get(i).isAny(CENTRES)) {
                return true;
            }
        }
        return false;
    }

    private static boolean strongCategory(String category) {
        return !Set.of("restructuring", "automation", "vague", "workload").contains(category);
    }

    /** "I am cutting my own salary", "the executive team will take a pay cut": not the staff at large. */
    private static boolean leadersOnly(MatchableSentence s) {
        boolean leaders = false;
        for (MatchableSentence.Unit u : s.units()) {
            if (u.isAny(STAFF) && !u.is("team")) {
                return false;
            }
            leaders |= u.isAny(LEADERS_ONLY);
        }
        return leaders;
    }

    /**
     * Whether a negator governs the cue: right before it ("no layoffs", "will not be eliminated"),
     * as the clause's subject ("no one at Fairhaven will lose their job", "none of these roles"), or
     * inside a two-word cue or a glossary match ("roles will not be affected").
     */
    static boolean negated(MatchableSentence s, Cue c, boolean pair) {
        int clauseStart = c.from();
        while (clauseStart > 0 && !PairRule.isBoundary(s.get(clauseStart - 1))) {
            clauseStart--;
        }
        for (int i = c.from() - 1; i >= clauseStart && i >= c.from() - 4; i--) {
            if (isNegator(s, i, c)) {
                return true;
            }
            if (!SCOPE.contains(s.get(i).pos()) && !s.get(i).pos("VERB") && !s.get(i).pos("NOUN")) {
                break;
            }
        }
        if (c.kind().startsWith(HARM) && exempted(s, c.from(), clauseStart)) {
            return true;
        }
        for (int i = clauseStart; i < c.from() && i <= clauseStart + 2; i++) {
            String w = s.get(i).lower();
            if (w.equals("nobody") || w.equals("none") || w.equals("neither")
                    || w.equals("no") && i + 1 < s.size() && !s.get(i + 1).lower().equals("longer")) {
                return true;
            }
        }
        if (pair) {
            for (int i = c.from(); i <= c.to(); i++) {
                String w = s.get(i).lower();
                if ((w.equals("not") || w.equals("n't") || w.equals("never")) && isNegator(s, i, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A harm named as what staff are spared or what is done instead: "exempt from the reduction",
     * "protected from cuts", "instead of reducing headcount", "rather than cut deeply", "without
     * another round of layoffs".
     */
    private static boolean exempted(MatchableSentence s, int from, int clauseStart) {
        for (int i = from - 1; i >= clauseStart && i >= from - 5; i--) {
            String w = s.get(i).lower();
            if (w.equals("from") && i > 0 && s.get(i - 1).isAny(SPARED)
                    || w.equals("of") && i > 0 && s.get(i - 1).lower().equals("instead")
                    || w.equals("than") && i > 0 && s.get(i - 1).lower().equals("rather")) {
                return true;
            }
            MatchableSentence.Unit u = s.get(i);
            if (!(u.pos("DET") || u.pos("ADJ") || u.pos("NUM") || u.pos("ADV") || u.lower().equals("of")
                    || u.lower().equals("from") || u.lower().equals("than") || u.pos("NOUN") && from - i <= 3)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isNegator(MatchableSentence s, int i, Cue c) {
        MatchableSentence.Unit u = s.get(i);
        if (!u.isAny(NEGATORS)) {
            return false;
        }
        boolean noLonger = u.lower().equals("no") && i + 1 < s.size() && s.get(i + 1).lower().equals("longer");
        // "no longer" ends a benefit ("no longer backfill") but is itself part of harm wording ("no longer exist").
        return !noLonger || c.kind().startsWith(BENEFIT);
    }

    private static Cue flip(Cue c) {
        String kind = c.kind().startsWith(HARM)
                ? BENEFIT + "assurance:" + c.kind().substring(HARM.length())
                : HARM + "withdrawn:" + c.kind().substring(BENEFIT.length());
        return new Cue(kind, c.from(), c.to(), Math.max(1, c.weight()));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
