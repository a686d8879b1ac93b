package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.memolens.domain.DetectorSource;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;

/**
 * Frames of one sentence: the model decides (its features include the rules' indicators), and the
 * evidence shows why. A hit whose code's phrase or pattern matched is a RULE hit with those spans as
 * evidence; a hit the model found without them is a MODEL hit, whose evidence is the words whose
 * features pushed hardest towards the code. A strong rule match the model doubts still counts when
 * the model's probability reaches the code's rule floor (a share of its threshold, chosen in
 * training). Without a model, rules alone decide.
 *
 * <p>Immutable; thread-safe.
 */
final class FrameDetector {

    /** Default share of a code's threshold that a sentence with a strong rule match needs. */
    static final double RULE_FLOOR = 0.5;
    private static final int MODEL_EVIDENCE = 3;

    private final FrameModel model;

    /** @param model the trained models, or null for rules only */
    FrameDetector(FrameModel model) {
        this.model = model;
    }

    List<FrameHit> detect(MatchableSentence s, Map<String, FrameRules.Matches> rules, SentenceFeatures features) {
        List<FrameHit> hits = new ArrayList<>();
        double[] probabilities = model == null ? null : model.probabilities(features.array());
        List<String> modelCodes = model == null ? List.of() : model.codes();
        for (FrameRules.Matches m : rules.values()) {
            if (model == null || !model.codes().contains(m.code())) {
                if (m.fired()) {
                    hits.add(new FrameHit(m.code(), 1.0, ruleEvidence(s, m), DetectorSource.RULE));
                }
                continue;
            }
            double p = probabilities[modelCodes.indexOf(m.code())];
            double threshold = model.threshold(m.code());
            if (m.fired() && p >= threshold * model.ruleFloor(m.code())) {
                hits.add(new FrameHit(m.code(), p, ruleEvidence(s, m), DetectorSource.RULE));
            } else if (p >= threshold) {
                hits.add(new FrameHit(m.code(), p, modelEvidence(s, m, features), DetectorSource.MODEL));
            }
        }
        return hits;
    }

    private static List<Evidence> ruleEvidence(MatchableSentence s, FrameRules.Matches m) {
        return merge(s, m.strong());
    }

    /** The words whose features pushed the model hardest towards this code. */
    private List<Evidence> modelEvidence(MatchableSentence s, FrameRules.Matches m, SentenceFeatures features) {
        List<Cue> scored = new ArrayList<>();
        for (String f : features.features()) {
            int[] span = features.span(f);
            double w = model.weight(m.code(), f);
            if (span != null && w > 0 && !functionWordOnly(s, span)) {
                scored.add(new Cue(f, span[0], span[1], w));
            }
        }
        scored.sort(Comparator.comparingDouble(Cue::weight).reversed());
        List<Cue> chosen = new ArrayList<>();
        for (Cue c : scored) {
            if (chosen.size() == MODEL_EVIDENCE) {
                break;
            }
            if (chosen.stream().noneMatch(o -> o.from() == c.from() && o.to() == c.to())) {
                chosen.add(c);
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(m.lemmas());
        }
        if (chosen.isEmpty()) {
            // The model learnt this code from the sentence as a whole; show the sentence.
            chosen.add(new Cue("sentence", 0, s.size() - 1, 0));
        }
        return merge(s, chosen);
    }

    private static final java.util.Set<String> FUNCTION_TAGS = java.util.Set.of("AUX", "ADP", "DET", "PRON", "CCONJ",
            "SCONJ", "PART", "PUNCT", "SYM");

    /** "will", "with", "the": a feature of such words alone would not show a reader anything. */
    static boolean functionWordOnly(MatchableSentence s, int[] span) {
        for (int u = span[0]; u <= span[1]; u++) {
            if (!FUNCTION_TAGS.contains(s.get(u).pos()) && !s.get(u).pos().contains("+")) {
                return false;
            }
        }
        return true;
    }

    /** Overlapping or touching spans become one piece of evidence, in text order. */
    private static List<Evidence> merge(MatchableSentence s, List<Cue> cues) {
        List<Cue> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingInt(Cue::from).thenComparingInt(Cue::to));
        List<Evidence> evidence = new ArrayList<>();
        int from = -1;
        int to = -1;
        double weight = 0;
        for (Cue c : sorted) {
            if (from >= 0 && c.from() <= to + 1) {
                to = Math.max(to, c.to());
                weight = Math.max(weight, c.weight());
            } else {
                if (from >= 0) {
                    evidence.add(s.evidence(from, to, round(weight)));
                }
                from = c.from();
                to = c.to();
                weight = c.weight();
            }
        }
        if (from >= 0) {
            evidence.add(s.evidence(from, to, round(weight)));
        }
        return evidence;
    }

    private static double round(double w) {
        return Math.round(w * 10_000.0) / 10_000.0;
    }
}
