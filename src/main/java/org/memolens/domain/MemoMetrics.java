package org.memolens.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Memo-level figures, derived from the sentences of one analysis (never stored on their own, so
 * they cannot disagree with the sentences).
 *
 * @param sentences     number of sentences
 * @param toneSentences sentences that have a tone
 * @param meanTone      mean tone score in [-1, 1], or 0 without tone
 * @param toneShares    share of sentences per tone label (sums to 1 when there is tone)
 * @param toneArc       tone score by position: one point per sentence
 * @param harmSentences sentences whose impact is harm
 * @param gapSentences  harm sentences whose tone is positive or neutral
 * @param gapIndex      {@code gapSentences / harmSentences}: of the sentences that mean harm for
 *                      employees, the share worded in positive or neutral tone; 0 without harm
 * @param frameShares   per frame code, the share of sentences that carry it
 * @param deviceCounts  per device type, the number of spans found
 * @param pronouns      I / we / you counts over the memo
 */
public record MemoMetrics(int sentences, int toneSentences, double meanTone, Map<ToneLabel, Double> toneShares,
        List<ArcPoint> toneArc, int harmSentences, int gapSentences, double gapIndex, Map<String, Double> frameShares,
        Map<DeviceType, Integer> deviceCounts, PronounCounts pronouns) {

    /**
     * One point of the tone arc.
     *
     * @param index    sentence index
     * @param position where the sentence's middle falls in the memo, in [0, 1]
     * @param score    the sentence's tone score
     */
    public record ArcPoint(int index, double position, double score) {
    }

    public MemoMetrics {
        // Sorted, unmodifiable copies: output built from these maps must not change order between runs.
        toneShares = Collections.unmodifiableMap(new EnumMap<>(toneShares.isEmpty()
                ? new EnumMap<ToneLabel, Double>(ToneLabel.class) : toneShares));
        toneArc = List.copyOf(toneArc);
        frameShares = Collections.unmodifiableMap(new TreeMap<>(frameShares));
        deviceCounts = Collections.unmodifiableMap(new EnumMap<>(deviceCounts.isEmpty()
                ? new EnumMap<DeviceType, Integer>(DeviceType.class) : deviceCounts));
    }

    public static MemoMetrics of(List<SentenceAnalysis> sentences, int textLength) {
        int n = sentences.size();
        int toned = 0;
        double toneSum = 0;
        Map<ToneLabel, Integer> toneCounts = new EnumMap<>(ToneLabel.class);
        List<ArcPoint> arc = new ArrayList<>();
        int harm = 0;
        int gap = 0;
        Map<String, Integer> frameCounts = new TreeMap<>();
        Map<DeviceType, Integer> devices = new EnumMap<>(DeviceType.class);
        PronounCounts pronouns = PronounCounts.NONE;
        for (SentenceAnalysis s : sentences) {
            if (s.tone() != null) {
                toned++;
                toneSum += s.tone().score();
                toneCounts.merge(s.tone().label(), 1, Integer::sum);
                double middle = (s.start() + s.end()) / 2.0;
                arc.add(new ArcPoint(s.index(), textLength == 0 ? 0 : middle / textLength, s.tone().score()));
            }
            if (s.impact() != null && s.impact().label() == ImpactLabel.HARM) {
                harm++;
                if (s.gap()) {
                    gap++;
                }
            }
            s.frames().stream().map(FrameHit::code).distinct().forEach(code -> frameCounts.merge(code, 1, Integer::sum));
            for (DeviceHit d : s.devices()) {
                devices.merge(d.type(), 1, Integer::sum);
            }
            if (s.pronouns() != null) {
                pronouns = pronouns.plus(s.pronouns());
            }
        }
        Map<ToneLabel, Double> shares = new EnumMap<>(ToneLabel.class);
        for (ToneLabel label : ToneLabel.values()) {
            shares.put(label, toned == 0 ? 0.0 : toneCounts.getOrDefault(label, 0) / (double) toned);
        }
        Map<String, Double> frameShares = new TreeMap<>();
        frameCounts.forEach((code, count) -> frameShares.put(code, count / (double) n));
        return new MemoMetrics(n, toned, toned == 0 ? 0 : toneSum / toned, shares, arc, harm, gap,
                harm == 0 ? 0 : gap / (double) harm, frameShares, devices, pronouns);
    }
}
