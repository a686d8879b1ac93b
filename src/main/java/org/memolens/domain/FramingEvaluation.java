package org.memolens.domain;

import java.util.List;

/**
 * How well frames, devices and workforce impact agree with a labelled set of sentences.
 *
 * @param file       the labelled file evaluated
 * @param sentences  number of sentences
 * @param frames     per frame code: sentence-level counts (a code found or not in a sentence)
 * @param devices    per device type: span counts under {@link #SPAN_RULE}
 * @param impact     per impact class (harm, benefit, none): sentence counts
 * @param components the model and resource versions evaluated
 */
public record FramingEvaluation(String file, int sentences, List<LabelScore> frames, List<LabelScore> devices,
        List<LabelScore> impact, java.util.Map<String, String> components) {

    /**
     * How a found device span is matched to a gold span: same type, and the two character ranges
     * overlap within the sentence (the gold span is located at the first occurrence of its text in
     * the sentence). Each gold span matches at most one found span.
     */
    public static final String SPAN_RULE = "same type and overlapping character ranges; one-to-one";

    public FramingEvaluation {
        frames = List.copyOf(frames);
        devices = List.copyOf(devices);
        impact = List.copyOf(impact);
        components = java.util.Map.copyOf(components);
    }

    /** F1 over the pooled counts of every label. */
    public static double microF1(List<LabelScore> scores) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LabelScore s : scores) {
            tp += s.tp();
            fp += s.fp();
            fn += s.fn();
        }
        return new LabelScore("micro", tp, fp, fn).f1();
    }

    /** Mean of the labels' F1. */
    public static double macroF1(List<LabelScore> scores) {
        return scores.stream().mapToDouble(LabelScore::f1).average().orElse(0);
    }

    /** Share of sentences whose impact class is right. */
    public double impactAccuracy() {
        int right = impact.stream().mapToInt(LabelScore::tp).sum();
        return sentences == 0 ? 0 : right / (double) sentences;
    }
}
