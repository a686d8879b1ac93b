package org.memolens.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The few memo-level figures the library lists for every memo, taken from {@link MemoMetrics} of
 * its newest analysis and stored with it, so listing thousands of memos never loads a sentence.
 *
 * @param sentences     sentences in the analysis
 * @param meanTone      mean tone score in [-1, 1], or null when no sentence has a tone
 * @param harmSentences sentences that mean harm for employees
 * @param gapSentences  harm sentences worded in positive or neutral tone
 * @param gapIndex      {@code gapSentences / harmSentences}, or null without harm sentences
 * @param topFrames     up to three frame codes, the most frequent first
 */
public record MemoFigures(int sentences, Double meanTone, int harmSentences, int gapSentences, Double gapIndex,
        List<String> topFrames) {

    public static final int TOP_FRAMES = 3;

    public MemoFigures {
        topFrames = List.copyOf(topFrames);
    }

    public static MemoFigures of(MemoMetrics m) {
        return new MemoFigures(m.sentences(), m.toneSentences() == 0 ? null : m.meanTone(), m.harmSentences(),
                m.gapSentences(), m.harmSentences() == 0 ? null : m.gapIndex(), topFrames(m.frameShares()));
    }

    /** Frame codes by share, largest first; ties in code order. */
    public static List<String> topFrames(Map<String, Double> shares) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(shares.entrySet());
        entries.removeIf(e -> e.getValue() <= 0);
        entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().limit(TOP_FRAMES).map(Map.Entry::getKey).toList();
    }
}
