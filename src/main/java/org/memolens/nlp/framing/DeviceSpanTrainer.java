package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;

import org.memolens.domain.DeviceType;
import org.memolens.domain.LabelScore;

/**
 * Trains a {@link DeviceSpanModel} for one device type from the candidates of labelled sentences:
 * a candidate is a positive example when it overlaps a gold span of the type. The threshold is the
 * one that gives the best span F1 over out-of-fold probabilities in cross-validation by memo,
 * counted as {@code eval frames} counts devices (same type, overlapping characters, one to one), so
 * gold spans no candidate reaches count as misses.
 *
 * <p>Deterministic: the same examples, folds and settings give the same model.
 */
final class DeviceSpanTrainer {

    /** One labelled sentence: its candidates and its gold spans {start, end} in characters. */
    record Example(String memo, MatchableSentence sentence, List<SpanCandidate> candidates, List<int[]> gold) {
    }

    /** The model trained on all examples, and the cross-validation counts at its threshold. */
    record Trained(DeviceSpanModel model, LabelScore crossValidation) {
    }

    /**
     * The device types with a span model. Only agentless harm: a span model over the glossary's and
     * rules' euphemism candidates did not beat the rules in cross-validation by memo (F1 0.797 against
     * 0.800 on the 2,640 training sentences), so euphemisms stay with the rules.
     */
    static final List<DeviceType> TYPES = List.of(DeviceType.AGENTLESS_HARM);

    /**
     * L2 cost of the span models. Cross-validation by memo on the 2,640 training sentences put 2 and
     * 4 ahead of 1 (stronger pooling of the sparse verb and pattern features) and 8 behind.
     */
    static final double L2 = 2.0;

    private DeviceSpanTrainer() {
    }

    /** A labelled sentence's example for one device type: its candidates and gold spans. */
    static Example example(LabelledSentence labelled, MatchableSentence sentence, List<SpanCandidate> candidates,
            DeviceType type) {
        List<int[]> gold = new ArrayList<>();
        for (LabelledSentence.Device d : labelled.devices()) {
            if (d.type() == type) {
                int start = d.start(labelled.text());
                gold.add(new int[] {start, start + d.text().length()});
            }
        }
        return new Example(labelled.memo(), sentence, candidates, gold);
    }

    /**
     * @param fold the fold of each example (by memo), as {@link FrameTrainer#folds} deals them
     * @return null when the examples hold no positive (or no negative) candidate
     */
    static Trained train(String type, List<Example> examples, int[] fold, FrameTrainer.Settings settings) {
        double[][] outOfFold = outOfFold(examples, fold, settings);
        double best = 0.5;
        LabelScore bestScore = null;
        for (int step = 10; step <= 90; step++) {
            double t = step / 100.0;
            LabelScore score = score(type, examples, outOfFold, t);
            if (bestScore == null || score.f1() > bestScore.f1() + 1e-9) {
                best = t;
                bestScore = score;
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            all.add(i);
        }
        DoccatModel model = trainOne(examples, all, settings);
        return model == null ? null : new Trained(new DeviceSpanModel(model, best), bestScore);
    }

    /** Each candidate's probability from a model trained on the other folds. */
    static double[][] outOfFold(List<Example> examples, int[] fold, FrameTrainer.Settings settings) {
        double[][] outOfFold = new double[examples.size()][];
        int folds = 0;
        for (int f : fold) {
            folds = Math.max(folds, f + 1);
        }
        for (int f = 0; f < folds; f++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != f) {
                    train.add(i);
                }
            }
            DoccatModel model = trainOne(examples, train, settings);
            Map<String, Double> w = model == null ? Map.of() : FrameModel.yesWeights(model);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == f) {
                    List<SpanCandidate> cs = examples.get(i).candidates();
                    outOfFold[i] = new double[cs.size()];
                    for (int k = 0; k < cs.size(); k++) {
                        outOfFold[i][k] = model == null ? 0 : DeviceSpanModel.probability(w, cs.get(k).features());
                    }
                }
            }
        }
        return outOfFold;
    }

    /** Span counts of the selection at threshold {@code t} over probabilities per example. */
    static LabelScore score(String type, List<Example> examples, double[][] p, double t) {
        int[] counts = new int[3];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            count(e, DeviceSpanModel.select(e.candidates(), p[i], t), counts);
        }
        return new LabelScore(type, counts[0], counts[1], counts[2]);
    }

    /** Adds true positives, false positives and misses of a selection, matched one to one by overlap. */
    static void count(Example e, List<SpanCandidate> selected, int[] counts) {
        List<int[]> found = new ArrayList<>();
        for (SpanCandidate c : selected) {
            found.add(new int[] {e.sentence().get(c.from()).start(), e.sentence().get(c.to()).end()});
        }
        FramingEvaluator.matchSpans(counts, found, e.gold());
    }

    /** Whether a candidate overlaps one of the gold spans. */
    static boolean positive(Example e, SpanCandidate c) {
        int start = e.sentence().get(c.from()).start();
        int end = e.sentence().get(c.to()).end();
        for (int[] g : e.gold()) {
            if (start < g[1] && g[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static DoccatModel trainOne(List<Example> examples, List<Integer> rows, FrameTrainer.Settings settings) {
        List<DocumentSample> samples = new ArrayList<>();
        int positives = 0;
        for (int i : rows) {
            Example e = examples.get(i);
            for (SpanCandidate c : e.candidates()) {
                boolean yes = positive(e, c);
                positives += yes ? 1 : 0;
                samples.add(new DocumentSample(yes ? FrameModel.YES : FrameModel.NO, c.features().toArray(String[]::new)));
            }
        }
        if (positives == 0 || positives == samples.size()) {
            return null;
        }
        return FrameTrainer.doccat(samples, settings);
    }
}
