package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.FrameHit;
import org.memolens.domain.FramingEvaluation;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.LabelScore;

/**
 * Scores frames, devices and impact against labelled sentences. Frames and impact are scored per
 * sentence; devices per span under {@link FramingEvaluation#SPAN_RULE}.
 */
public final class FramingEvaluator {

    /** What the analysis found for one labelled sentence. */
    record Prediction(TokenizedSentence sentence, SentenceFraming.Result result) {
    }

    private FramingEvaluator() {
    }

    static List<Prediction> predict(SentenceFraming framing, List<TokenizedSentence> sentences) {
        List<Prediction> predictions = new ArrayList<>(sentences.size());
        for (TokenizedSentence s : sentences) {
            predictions.add(new Prediction(s, framing.analyze(s.text(), s.tokens())));
        }
        return predictions;
    }

    static FramingEvaluation score(String file, List<String> codes, List<Prediction> predictions,
            Map<String, String> components) {
        Map<String, int[]> frames = counts(codes);
        Map<String, int[]> devices = counts(List.of(DeviceType.values()).stream().map(Enum::name).toList());
        Map<String, int[]> impact = counts(List.of(ImpactLabel.values()).stream().map(ImpactLabel::code).toList());
        for (Prediction p : predictions) {
            LabelledSentence gold = p.sentence().labelled();
            List<String> found = p.result().frames().stream().map(FrameHit::code).distinct().toList();
            for (String code : codes) {
                count(frames.get(code), found.contains(code), gold.frames().contains(code));
            }
            ImpactLabel predicted = p.result().impact().label();
            for (ImpactLabel label : ImpactLabel.values()) {
                count(impact.get(label.code()), predicted == label, gold.impact() == label);
            }
            for (DeviceType type : DeviceType.values()) {
                matchSpans(devices.get(type.name()), gold, type, p.result().devices());
            }
        }
        return new FramingEvaluation(file, predictions.size(), scores(frames), scores(devices), scores(impact), components);
    }

    /** One-to-one matching of found spans to gold spans of the same type that overlap them. */
    private static void matchSpans(int[] counts, LabelledSentence gold, DeviceType type, List<DeviceHit> found) {
        List<int[]> goldSpans = new ArrayList<>();
        for (LabelledSentence.Device d : gold.devices()) {
            if (d.type() == type) {
                int start = d.start(gold.text());
                goldSpans.add(new int[] {start, start + d.text().length()});
            }
        }
        List<int[]> foundSpans = new ArrayList<>();
        for (DeviceHit hit : found) {
            if (hit.type() == type) {
                foundSpans.add(new int[] {hit.start(), hit.end()});
            }
        }
        matchSpans(counts, foundSpans, goldSpans);
    }

    /**
     * Matches found spans one to one, in order, to the first unused gold span each overlaps, and
     * counts matched, unmatched found and unmatched gold spans into {@code counts[0..2]}.
     * Spans are {start, end} offsets, end exclusive.
     */
    static void matchSpans(int[] counts, List<int[]> found, List<int[]> gold) {
        boolean[] used = new boolean[gold.size()];
        for (int[] span : found) {
            boolean matched = false;
            for (int g = 0; g < gold.size() && !matched; g++) {
                if (!used[g] && span[0] < gold.get(g)[1] && gold.get(g)[0] < span[1]) {
                    used[g] = true;
                    matched = true;
                }
            }
            counts[matched ? 0 : 1]++;
        }
        for (boolean u : used) {
            if (!u) {
                counts[2]++;
            }
        }
    }

    private static Map<String, int[]> counts(List<String> labels) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String label : labels) {
            counts.put(label, new int[3]);
        }
        return counts;
    }

    private static void count(int[] c, boolean found, boolean gold) {
        if (found && gold) {
            c[0]++;
        } else if (found) {
            c[1]++;
        } else if (gold) {
            c[2]++;
        }
    }

    private static List<LabelScore> scores(Map<String, int[]> counts) {
        List<LabelScore> scores = new ArrayList<>();
        counts.forEach((label, c) -> scores.add(new LabelScore(label, c[0], c[1], c[2])));
        return scores;
    }
}
