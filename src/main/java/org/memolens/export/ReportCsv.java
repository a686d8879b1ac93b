package org.memolens.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.memolens.domain.FrameHit;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.research.ComparedMemo;
import org.memolens.research.Comparison;
import org.memolens.research.MetricRow;

/**
 * The CSV forms of a report: one row per sentence with every layer's result (one memo), or one row
 * per figure with a column per memo and per delta (a comparison). Empty cells mean "no result".
 */
public final class ReportCsv {

    public static final List<String> SENTENCE_COLUMNS = List.of("memo_id", "title", "sentence_index", "start", "end",
            "text", "tone_label", "tone_score", "tone_confidence", "impact", "gap", "frames", "devices", "glosses");

    private ReportCsv() {
    }

    public static String sentences(Memo memo, MemoAnalysis analysis) {
        return write(SENTENCE_COLUMNS, csv -> {
            for (SentenceAnalysis s : analysis.sentences()) {
                csv.printRecord(memo.id(), memo.title(), s.index(), s.start(), s.end(), s.text(memo.text()),
                        s.tone() == null ? "" : s.tone().label().code(),
                        s.tone() == null ? "" : num(s.tone().score()),
                        s.tone() == null ? "" : num(s.tone().confidence()),
                        s.impact() == null ? "" : s.impact().label().code(),
                        s.tone() == null || s.impact() == null ? "" : String.valueOf(s.gap()),
                        s.frames().stream().map(FrameHit::code).distinct().collect(Collectors.joining(";")),
                        s.devices().stream().map(d -> d.type().name() + ":" + d.text()).collect(Collectors.joining(";")),
                        s.devices().stream().filter(d -> d.gloss() != null).map(d -> d.text() + " = " + d.gloss())
                                .collect(Collectors.joining(";")));
            }
        });
    }

    public static String comparison(Comparison comparison) {
        List<String> header = new ArrayList<>(List.of("metric", "label"));
        List<ComparedMemo> memos = comparison.memos();
        for (int i = 0; i < memos.size(); i++) {
            header.add("memo_" + memos.get(i).memo().id());
            if (i > 0) {
                header.add("delta_" + memos.get(i).memo().id());
            }
        }
        return write(header, csv -> {
            for (MetricRow row : comparison.rows()) {
                List<Object> record = new ArrayList<>(List.of(row.key(), row.label()));
                for (int i = 0; i < memos.size(); i++) {
                    record.add(num(row.values().get(i)));
                    if (i > 0) {
                        record.add(num(row.delta(i)));
                    }
                }
                csv.printRecord(record);
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static String write(List<String> header, Rows rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            rows.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v).replaceAll("\\.?0+$", "");
    }
}
