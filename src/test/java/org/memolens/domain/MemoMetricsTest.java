package org.memolens.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MemoMetricsTest {

    private static SentenceAnalysis sentence(int index, ToneLabel tone, double score, ImpactLabel impact, String... frames) {
        return new SentenceAnalysis(index, index * 10, index * 10 + 9, 2, List.of())
                .withTone(new Tone(tone, score, 0.9, List.of()))
                .withImpact(new Impact(impact, List.of()))
                .withFrames(java.util.Arrays.stream(frames)
                        .map(code -> new FrameHit(code, 1, List.of(new Evidence(0, 1, "x", 1)), DetectorSource.RULE))
                        .toList());
    }

    @Test
    void theGapIndexIsTheShareOfHarmSentencesNotWordedNegatively() {
        List<SentenceAnalysis> sentences = List.of(
                sentence(0, ToneLabel.POSITIVE, 0.6, ImpactLabel.HARM, "EFFICIENCY"),
                sentence(1, ToneLabel.NEUTRAL, 0.0, ImpactLabel.HARM, "EFFICIENCY", "PROCEDURE"),
                sentence(2, ToneLabel.NEGATIVE, -0.5, ImpactLabel.HARM),
                sentence(3, ToneLabel.POSITIVE, 0.3, ImpactLabel.NONE, "CARE_SUPPORT"));
        MemoMetrics m = MemoMetrics.of(sentences, 40);
        assertEquals(3, m.harmSentences());
        assertEquals(2, m.gapSentences());
        assertEquals(2 / 3.0, m.gapIndex(), 1e-9);
        assertEquals(0.1, m.meanTone(), 1e-9);
        assertEquals(0.5, m.toneShares().get(ToneLabel.POSITIVE), 1e-9);
        assertEquals(0.5, m.frameShares().get("EFFICIENCY"), 1e-9);
        assertEquals(0.25, m.frameShares().get("PROCEDURE"), 1e-9);
        assertEquals(4, m.toneArc().size());
        assertEquals(4.5 / 40, m.toneArc().get(0).position(), 1e-9);
    }

    @Test
    void aMemoWithoutHarmHasAGapIndexOfZero() {
        MemoMetrics m = MemoMetrics.of(List.of(sentence(0, ToneLabel.POSITIVE, 0.5, ImpactLabel.BENEFIT)), 10);
        assertEquals(0.0, m.gapIndex());
        assertEquals(0, m.harmSentences());
    }
}
