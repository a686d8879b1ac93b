package org.memolens.nlp.framing;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word classes for what happens to employees, shared by the impact detector and the agentless-harm
 * detector. Entries are canonical keys ({@link WordForms#canonical(String)}). They come from the
 * definitions of the annotation guide (section 3: job loss, pay and benefit loss, hiring freezes,
 * relocation and office mandates, replacement by automation, demotion, stricter evaluation, workload),
 * not from any list of test sentences.
 */
final class WorkforceLexicon {

    private WorkforceLexicon() {
    }

    static Set<String> set(String words) {
        return Arrays.stream(words.trim().split("\\s+")).map(WordForms::canonical).collect(Collectors.toUnmodifiableSet());
    }

    /** Nouns that name jobs or the people who hold them. */
    static final Set<String> WORKFORCE = set("""
            job role position headcount workforce staff staffing employee people person colleague coworker worker
            teammate member fte head personnel associate contractor agent seat manager layer individual
            crew hire employment""");

    /** Verbs (and their nouns) that end jobs when their object is a workforce noun. */
    static final Set<String> JOB_LOSS_VERBS = set("""
            eliminate elimination cut reduce reduction remove removal shed lose loss terminate termination dismiss
            dismissal fire displace displacement replace replacement downsize trim decrease consolidate
            consolidation sunset impact affect end release separate separation exit offboard lay layoff
            shrink outsource offshore""");

    /** Nouns that name a job-loss event by themselves. */
    static final Set<String> JOB_LOSS_NOUNS = set("""
            layoff layoffs redundancy redundancies downsizing rif furlough severance outplacement rightsizing
            retrenchment""");

    /** Verbs that end a site or unit (and with it, jobs). */
    static final Set<String> CLOSE_VERBS = set("close closure shut shutter wind exit sunset dissolve disband discontinue");

    /** Places and units whose closure means job loss. */
    static final Set<String> SITES = set("""
            plant office site store factory facility center location branch warehouse studio lab hub campus
            department division team unit operation line mill depot clinic restaurant station""");

    /** Pay and benefits. */
    static final Set<String> PAY = set("""
            pay salary salaries wage bonus merit raise compensation benefit 401(k) 401k match matching pension
            stipend perk allowance overtime commission equity pto premium contribution reimbursement
            hour shift""");

    /** Verbs that take pay or benefits away when their object is pay. */
    static final Set<String> PAY_CUT_VERBS = set("""
            cut reduce reduction lower freeze frozen pause suspend suspension eliminate elimination end defer deferral
            cancel discontinue decrease trim withdraw remove cap delay skip forgo""");

    /** Verbs for hiring, whose object or subject is a workforce noun. */
    static final Set<String> HIRE = set("hire hiring recruit recruiting recruitment backfill");

    /** Nouns and adjectives of non-human agents: technology, markets, structures, plans. */
    static final Set<String> NON_HUMAN_AGENTS = set("""
            ai automation technology tool model software system agent machine algorithm robot chatbot copilot
            market condition economy environment inflation demand pressure headwind competition rate tariff
            structure organization reorganization restructuring plan change transformation program initiative
            decision review process reduction consolidation realignment shift transition integration merger
            acquisition closure situation reality circumstance trend environment""");

    /** Pronouns and nouns that name a human decider. */
    static final Set<String> HUMAN_AGENTS = set("""
            i we you they he she us me them leadership management board leader executive ceo founder team
            company firm manager committee director officer owner president chair partner""");

    /** Harm verbs an agentless clause may end in: "roles will be eliminated", "positions were impacted". */
    static final Set<String> HARM_PARTICIPLES = set("""
            eliminate cut reduce remove lay let terminate dismiss fire displace replace downsize impact affect end
            close shut consolidate sunset separate offboard release freeze pause suspend relocate transfer
            require mandate discontinue outsource offshore redeploy make decide force lose trim shrink
            restructure realign delayer flatten automate retire rescind revoke withdraw cancel reassign fold merge
            combine limit cap lower decrease defer delay phase wind transition exit abolish scrap drop strip restrict
            deny move redeploy""");

    /** Nouns that name harm as an event ("the reduction", "these eliminations"). */
    static final Set<String> HARM_NOMINALS = set("""
            reduction elimination layoff cut loss closure restructuring consolidation downsizing redundancy
            separation termination rif furlough realignment reorganization exit departure offboarding
            displacement outsourcing relocation freeze""");

    /** Irregular past participles whose surface ends neither in -ed nor in -en. */
    static final Set<String> IRREGULAR_PARTICIPLES = set("""
            cut shut let laid made lost put set reset upset offset hit held kept left sent spent sold told found brought bought
            caught taught thought paid run done gone begun split spread shed quit hurt struck""");
}
