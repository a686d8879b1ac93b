package org.memolens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.DetectorSource;
import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.PronounCounts;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

/** Rows built from hand-made analyses that carry every layer, as the tone and frame layers will fill them. */
class ExportRowsTest {

    private static final String TEXT = "We are streamlining our teams. Some roles will be eliminated.";

    private final Memo memo = new Memo(7, new MemoMetadata("Update", "CEO", java.time.LocalDate.of(2025, 1, 2), "u.txt"),
            TEXT, "a".repeat(64), 10, Instant.EPOCH);

    private MemoAnalysis analysis() {
        SentenceAnalysis first = new SentenceAnalysis(0, 0, 30, 6, List.of())
                .withTone(new Tone(ToneLabel.POSITIVE, 0.4, 0.8, List.of(new Evidence(7, 19, "streamlining", 0.4))))
                .withImpact(new Impact(ImpactLabel.NONE, List.of()))
                .withFrames(List.of(new FrameHit("STREAMLINING", 0.9, List.of(new Evidence(7, 19, "streamlining", 1)),
                        DetectorSource.RULE)))
                .withDevices(List.of(new DeviceHit(DeviceType.EUPHEMISM, 7, 19, "streamlining", "cutting jobs")))
                .withPronouns(new PronounCounts(0, 2, 0));
        SentenceAnalysis second = new SentenceAnalysis(1, 31, 61, 6, List.of())
                .withTone(new Tone(ToneLabel.NEUTRAL, 0.0, 0.6, List.of()))
                .withImpact(new Impact(ImpactLabel.HARM, List.of(new Evidence(37, 42, "roles", 1))))
                .withFrames(List.of(new FrameHit("EFFICIENCY", 0.5, List.of(new Evidence(37, 42, "roles", 1),
                        new Evidence(51, 60, "eliminated", 1)), DetectorSource.MODEL),
                        new FrameHit("PROCEDURE", 0.3, List.of(new Evidence(31, 35, "Some", 1)), DetectorSource.MODEL)))
                .withDevices(List.of(new DeviceHit(DeviceType.AGENTLESS_HARM, 43, 60, "will be eliminated", null)))
                .withPronouns(PronounCounts.NONE);
        AnalysisRun run = new AnalysisRun(3, 7, Instant.EPOCH, new Language("eng", 0.9, true), Map.of("pos", "p.bin"));
        return new MemoAnalysis(run, List.of(first, second));
    }

    @Test
    void everyUnitHasOneRowPerUnitWithTheMemoMetadataFirst() {
        MemoAnalysis analysis = analysis();
        assertEquals(1, ExportRows.rows(ExportUnit.MEMOS, memo, analysis).size());
        assertEquals(2, ExportRows.rows(ExportUnit.SENTENCES, memo, analysis).size());
        assertEquals(3, ExportRows.rows(ExportUnit.FRAMES, memo, analysis).size());
        assertEquals(2, ExportRows.rows(ExportUnit.DEVICES, memo, analysis).size());
        for (ExportUnit unit : List.of(ExportUnit.MEMOS, ExportUnit.SENTENCES, ExportUnit.FRAMES, ExportUnit.DEVICES)) {
            for (List<Object> row : ExportRows.rows(unit, memo, analysis)) {
                assertEquals(ExportRows.columns(unit).size(), row.size(), unit.code());
                assertEquals(List.of(7L, "Update", "CEO", "2025-01-02", "u.txt", "a".repeat(64), 10, "eng", 3L),
                        row.subList(0, ExportRows.MEMO_COLUMNS.size()));
            }
        }
    }

    @Test
    void layerValuesLandInTheirDocumentedColumns() {
        MemoAnalysis analysis = analysis();
        Map<String, Object> sentence = named(ExportUnit.SENTENCES, ExportRows.rows(ExportUnit.SENTENCES, memo, analysis).get(1));
        assertEquals("Some roles will be eliminated.", sentence.get("text"));
        assertEquals("neutral", sentence.get("tone"));
        assertEquals("harm", sentence.get("impact"));
        assertEquals(true, sentence.get("gap"));
        assertEquals("EFFICIENCY;PROCEDURE", sentence.get("frames"));
        assertEquals("AGENTLESS_HARM", sentence.get("devices"));

        Map<String, Object> frame = named(ExportUnit.FRAMES, ExportRows.rows(ExportUnit.FRAMES, memo, analysis).get(1));
        assertEquals("EFFICIENCY", frame.get("code"));
        assertEquals("37-42;51-60", frame.get("evidence_spans"));
        assertEquals("roles | eliminated", frame.get("evidence_text"));
        assertEquals("model", frame.get("source"));

        Map<String, Object> memoRow = named(ExportUnit.MEMOS, ExportRows.rows(ExportUnit.MEMOS, memo, analysis).get(0));
        assertEquals(1, memoRow.get("harm_sentences"));
        assertEquals(1.0, memoRow.get("gap_index"));
        assertEquals(1, memoRow.get("euphemisms"));
        assertEquals(2, memoRow.get("pronoun_we"));
        assertEquals("EFFICIENCY=0.5;PROCEDURE=0.5;STREAMLINING=0.5", memoRow.get("frame_shares"));
    }

    @Test
    void columnsOfLayersThatDidNotRunAreEmptyAndCsvQuotesText() {
        MemoAnalysis base = new MemoAnalysis(analysis().run(), List.of(new SentenceAnalysis(0, 0, 30, 6, List.of())));
        Map<String, Object> sentence = named(ExportUnit.SENTENCES, ExportRows.rows(ExportUnit.SENTENCES, memo, base).get(0));
        assertNull(sentence.get("tone"));
        assertNull(sentence.get("frames"));
        assertNull(sentence.get("gap"));
        StringWriter out = new StringWriter();
        try (RowWriter csv = RowWriter.csv(out, ExportRows.columns(ExportUnit.SENTENCES))) {
            ExportRows.rows(ExportUnit.SENTENCES, memo, base).forEach(csv::row);
        }
        String[] lines = out.toString().split("\r\n");
        assertEquals(String.join(",", ExportRows.columns(ExportUnit.SENTENCES)), lines[0]);
        assertEquals("7,Update,CEO,2025-01-02,u.txt," + "a".repeat(64) + ",10,eng,3,0,0,30,6,We are streamlining our teams.,"
                + ",,,,,,,,,", lines[1]);
    }

    @Test
    void csvWritesSmallAndLargeNumbersAsPlainDecimals() {
        StringWriter out = new StringWriter();
        try (RowWriter csv = RowWriter.csv(out, List.of("a", "b", "c", "d", "e"))) {
            csv.row(java.util.Arrays.asList(-3.0E-4, 0.2138, 1.5E7, 0.0, 4));
        }
        assertEquals("-0.0003,0.2138,15000000,0.0,4", out.toString().split("\r\n")[1]);
    }

    private static Map<String, Object> named(ExportUnit unit, List<Object> row) {
        Map<String, Object> named = new java.util.HashMap<>();
        List<String> columns = ExportRows.columns(unit);
        for (int i = 0; i < columns.size(); i++) {
            named.put(columns.get(i), row.get(i));
        }
        return named;
    }
}
