package org.memolens.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;

/** One CSV row per sentence, with the memo's identity on every row, for R, Python or a spreadsheet. */
public final class SentenceCsv {

    public static final List<String> COLUMNS = List.of("memo_id", "title", "sha256", "language", "run_id",
            "sentence_index", "start", "end", "tokens", "text");

    private SentenceCsv() {
    }

    public static String write(List<AnalysisJson.Entry> entries) {
        StringWriter out = new StringWriter();
        try (Streaming csv = new Streaming(out)) {
            for (AnalysisJson.Entry e : entries) {
                csv.add(e.memo(), e.analysis());
            }
        }
        return out.toString();
    }

    /** Writes the header, then the rows of one memo at a time. Does not close the writer. */
    public static final class Streaming implements AutoCloseable {
        private final CSVPrinter csv;

        public Streaming(Writer out) {
            try {
                csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void add(Memo memo, MemoAnalysis analysis) {
            try {
                for (SentenceAnalysis s : analysis.sentences()) {
                    csv.printRecord(memo.id(), memo.title(), memo.sha256(), analysis.language().code(),
                            analysis.run().id(), s.index(), s.start(), s.end(), s.tokenCount(), s.text(memo.text()));
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
