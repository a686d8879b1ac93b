package org.memolens.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.DetectorSource;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

class ComparisonTest {

    private static final Codebook CODEBOOK = new Codebook("test", 1, List.of(
            new Code("EFFICIENCY", "efficiency and cost", "", "#1f77b4", null, List.of()),
            new Code("CARE_SUPPORT", "care and support", "", "#2ca02c", null, List.of())));

    @Test
    void everyFigureIsListedWithItsChangeFromTheFirstMemo() {
        ComparedMemo a = memo(1, "Costs are high. Roles will go.", List.of(
                sentence(0, 0, 15, ToneLabel.NEGATIVE, -0.5, ImpactLabel.NONE, "EFFICIENCY"),
                sentence(1, 16, 30, ToneLabel.NEUTRAL, 0.0, ImpactLabel.HARM, null)));
        ComparedMemo b = memo(2, "We care about you. Thank you all. Roles will go.", List.of(
                sentence(0, 0, 18, ToneLabel.POSITIVE, 0.6, ImpactLabel.NONE, "CARE_SUPPORT"),
                sentence(1, 19, 33, ToneLabel.POSITIVE, 0.9, ImpactLabel.NONE, "CARE_SUPPORT"),
                sentence(2, 34, 48, ToneLabel.NEUTRAL, 0.0, ImpactLabel.HARM, null)));
        Comparison c = Comparison.of(List.of(a, b), CODEBOOK);

        MetricRow tone = row(c, "mean_tone");
        assertEquals(-0.25, tone.values().get(0), 1e-9);
        assertEquals(0.5, tone.values().get(1), 1e-9);
        assertEquals(0.75, tone.delta(1), 1e-9);
        assertEquals("+0.75", tone.formatDelta(tone.delta(1)));
        MetricRow care = row(c, "frame.CARE_SUPPORT");
        assertEquals("Frame: care and support", care.label());
        assertEquals("66.7%", care.format(care.values().get(1)));
        assertEquals("+66.7 pts", care.formatDelta(care.delta(1)));
        assertEquals(List.of(1.0, 1.0), row(c, "gap_index").values());
        assertEquals(List.of(3.0, 3.0).size(), row(c, "sentences").values().size());
        assertEquals(2, c.distinctive().size());
    }

    @Test
    void figuresOfLayersThatDidNotRunAreLeftOut() {
        ComparedMemo a = memo(1, "One. Two.", List.of(new SentenceAnalysis(0, 0, 4, 2, List.of())));
        ComparedMemo b = memo(2, "Three.", List.of(new SentenceAnalysis(0, 0, 6, 2, List.of())));
        Comparison c = Comparison.of(List.of(a, b), CODEBOOK);
        assertEquals(List.of("words", "sentences", "words_per_sentence", "fk_grade"),
                c.rows().stream().map(MetricRow::key).toList());
        assertNull(new MetricRow("x", "x", MetricRow.Kind.SCORE, java.util.Arrays.asList(null, 1.0)).delta(1));
    }

    @Test
    void oneMemoIsNotAComparison() {
        assertThrows(InvalidInputException.class, () -> Comparison.of(List.of(memo(1, "A.", List.of())), CODEBOOK));
    }

    static ComparedMemo memo(long id, String text, List<SentenceAnalysis> sentences) {
        Memo memo = new Memo(id, MemoMetadata.titled("Memo " + id), text, "0".repeat(64),
                org.memolens.domain.MemoText.wordCount(text), Instant.EPOCH);
        return ComparedMemo.of(memo, new MemoAnalysis(new AnalysisRun(id, id, Instant.EPOCH,
                new Language("eng", 1, true), Map.of()), sentences));
    }

    static SentenceAnalysis sentence(int i, int start, int end, ToneLabel label, double score, ImpactLabel impact,
            String frame) {
        SentenceAnalysis s = new SentenceAnalysis(i, start, end, 3, List.of())
                .withTone(new Tone(label, score, 0.9, List.of())).withImpact(new Impact(impact, List.of()));
        return frame == null ? s : s.withFrames(List.of(new FrameHit(frame, 0.9,
                List.of(new Evidence(start, start + 1, "x", 1)), DetectorSource.RULE)));
    }

    private static MetricRow row(Comparison c, String key) {
        return c.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}
