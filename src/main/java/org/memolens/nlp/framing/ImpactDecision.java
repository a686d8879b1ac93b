package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.memolens.domain.Evidence;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;

/**
 * Workforce impact decided by the trained impact model, which sees the sentence's features and the
 * rules' own decision ({@code rule=harm|benefit|none}), so it keeps the rules where they are right
 * and learns the wordings they miss. The evidence stays the rules' cues for the chosen label when
 * there are any; otherwise it is the words whose features pushed the model to its label.
 */
final class ImpactDecision {

    private static final int MODEL_EVIDENCE = 3;

    private ImpactDecision() {
    }

    static String[] withRule(String[] features, ImpactLabel rule) {
        String[] all = Arrays.copyOf(features, features.length + 1);
        all[features.length] = "rule=" + rule.code();
        return all;
    }

    static Impact decide(MatchableSentence s, List<Cue> cues, Impact rule, SentenceFeatures features, FrameModel model) {
        Map<String, Double> p = model.impactProbabilities(withRule(features.array(), rule.label()));
        ImpactLabel label = ImpactLabel.NONE;
        double best = -1;
        for (ImpactLabel l : ImpactLabel.values()) {
            double q = p.getOrDefault(l.code(), 0.0);
            if (q > best) {
                best = q;
                label = l;
            }
        }
        if (label == rule.label()) {
            return rule;
        }
        if (label == ImpactLabel.NONE) {
            return new Impact(label, List.of());
        }
        List<Evidence> fromCues = ImpactDetector.evidence(s, cues, label);
        return new Impact(label, fromCues.isEmpty() ? modelEvidence(s, features, model, label) : fromCues);
    }

    private static List<Evidence> modelEvidence(MatchableSentence s, SentenceFeatures features, FrameModel model,
            ImpactLabel label) {
        List<Cue> scored = new ArrayList<>();
        for (String f : features.features()) {
            int[] span = features.span(f);
            double w = model.impactWeight(label.code(), f);
            if (span != null && w > 0 && !FrameDetector.functionWordOnly(s, span)) {
                scored.add(new Cue(f, span[0], span[1], w));
            }
        }
        scored.sort(Comparator.comparingDouble(Cue::weight).reversed());
        List<Evidence> evidence = new ArrayList<>();
        for (Cue c : scored) {
            if (evidence.size() == MODEL_EVIDENCE) {
                break;
            }
            Evidence e = s.evidence(c.from(), c.to(), Math.round(c.weight() * 10_000.0) / 10_000.0);
            if (evidence.stream().noneMatch(o -> o.start() < e.end() && e.start() < o.end())) {
                evidence.add(e);
            }
        }
        if (evidence.isEmpty()) {
            evidence.add(s.evidence(0, s.size() - 1, 0));
        }
        evidence.sort(Comparator.comparingInt(Evidence::start));
        return evidence;
    }
}
