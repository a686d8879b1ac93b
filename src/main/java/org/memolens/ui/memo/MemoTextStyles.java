package org.memolens.ui.memo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.SentenceAnalysis;

/**
 * The style classes of a memo's text: each sentence by its tone ("tone-negative"), harm and gap,
 * each device underlined ("device-euphemism"), and the evidence of the sentence in focus
 * ("evidence"). Overlapping spans simply add their classes.
 */
public final class MemoTextStyles {

    private MemoTextStyles() {
    }

    /**
     * The styles of marks drawn instead of the analysis (codings): each range adds its classes, and
     * where marks of two or more codes overlap, the segment also gets "code-overlap".
     */
    public static StyleSpans<Collection<String>> ofMarks(int textLength, List<TextMark> marks) {
        List<int[]> ranges = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (TextMark m : marks) {
            for (String cls : m.styleClasses()) {
                add(ranges, classes, m.start(), m.end(), cls);
            }
        }
        return build(textLength, ranges, classes, here -> {
            List<String> unique = new ArrayList<>(new java.util.LinkedHashSet<>(here));
            if (unique.stream().filter(c -> c.startsWith("code-")).count() > 1) {
                unique.add("code-overlap");
            }
            here.clear();
            here.addAll(unique);
        });
    }

    public static StyleSpans<Collection<String>> of(int textLength, List<SentenceAnalysis> sentences, int focused) {
        List<int[]> ranges = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (SentenceAnalysis s : sentences) {
            if (s.tone() != null) {
                add(ranges, classes, s.start(), s.end(), "tone-" + s.tone().label().code());
            }
            if (s.impact() != null && s.impact().label() == ImpactLabel.HARM) {
                add(ranges, classes, s.start(), s.end(), "harm");
            }
            if (s.gap()) {
                add(ranges, classes, s.start(), s.end(), "gap");
            }
            for (DeviceHit d : s.devices()) {
                add(ranges, classes, d.start(), d.end(), "device-" + d.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            if (s.index() == focused) {
                add(ranges, classes, s.start(), s.end(), "focused");
                evidence(ranges, classes, s);
            }
        }
        return build(textLength, ranges, classes, here -> { });
    }

    private static StyleSpans<Collection<String>> build(int textLength, List<int[]> ranges, List<String> classes,
            java.util.function.Consumer<List<String>> finish) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, textLength));
        for (int[] r : ranges) {
            cuts.add(Math.max(0, Math.min(textLength, r[0])));
            cuts.add(Math.max(0, Math.min(textLength, r[1])));
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                List<String> here = new ArrayList<>();
                for (int k = 0; k < ranges.size(); k++) {
                    if (ranges.get(k)[0] <= previous && ranges.get(k)[1] >= cut) {
                        here.add(classes.get(k));
                    }
                }
                finish.accept(here);
                spans.add(here, cut - previous);
            }
            previous = cut;
        }
        if (textLength == 0) {
            spans.add(List.of(), 0);
        }
        return spans.create();
    }

    private static void evidence(List<int[]> ranges, List<String> classes, SentenceAnalysis s) {
        if (s.tone() != null) {
            for (Evidence e : s.tone().evidence()) {
                add(ranges, classes, e.start(), e.end(), e.weight() < 0 ? "evidence-negative" : "evidence-positive");
            }
        }
        if (s.impact() != null) {
            s.impact().evidence().forEach(e -> add(ranges, classes, e.start(), e.end(), "evidence"));
        }
        for (FrameHit f : s.frames()) {
            f.evidence().forEach(e -> add(ranges, classes, e.start(), e.end(), "evidence"));
        }
    }

    private static void add(List<int[]> ranges, List<String> classes, int start, int end, String cls) {
        if (end > start) {
            ranges.add(new int[] {start, end});
            classes.add(cls);
        }
    }
}
