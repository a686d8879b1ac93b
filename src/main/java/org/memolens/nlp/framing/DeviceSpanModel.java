package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.DoccatModel;

/**
 * A trained span classifier for one device type: an OpenNLP maximum-entropy model (outcomes "yes"
 * and "no") over the features of {@link SpanCandidate}s, and the probability from which a candidate
 * is reported, chosen by cross-validation by memo. Of overlapping candidates above the threshold the
 * most probable is kept, so a clause found by two shapes is reported once.
 *
 * <p>Immutable; thread-safe.
 */
final class DeviceSpanModel {

    private final DoccatModel model;
    private final double threshold;
    private final Map<String, Double> weights;

    DeviceSpanModel(DoccatModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
        this.weights = FrameModel.yesWeights(model);
    }

    DoccatModel doccat() {
        return model;
    }

    double threshold() {
        return threshold;
    }

    Map<String, Double> weights() {
        return weights;
    }

    /** P(yes) of a candidate: the logistic of its features' summed yes-minus-no weights. */
    double probability(SpanCandidate c) {
        return probability(weights, c.features());
    }

    static double probability(Map<String, Double> weights, List<String> features) {
        double z = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** The candidates this model reports, in text order, not overlapping. */
    List<SpanCandidate> select(List<SpanCandidate> candidates) {
        return select(candidates, probabilities(candidates), threshold);
    }

    double[] probabilities(List<SpanCandidate> candidates) {
        double[] p = new double[candidates.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = probability(candidates.get(i));
        }
        return p;
    }

    /** Candidates with probability at least {@code threshold}, the most probable of overlapping ones. */
    static List<SpanCandidate> select(List<SpanCandidate> candidates, double[] p, double threshold) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (p[i] >= threshold) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> -candidates.get(i).length())
                .thenComparingInt(i -> candidates.get(i).from()));
        List<SpanCandidate> kept = new ArrayList<>();
        for (int i : order) {
            SpanCandidate c = candidates.get(i);
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(SpanCandidate::from));
        return kept;
    }
}
