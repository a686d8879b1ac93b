package org.memolens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.memolens.app.CorpusOutcome;
import org.memolens.domain.MemoMetrics;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.export.AnalysisJson;
import org.memolens.export.SentenceCsv;

/** Prints each analysed memo as soon as it is stored, in the chosen format; holds nothing in memory. */
abstract class ResultPrinter implements AutoCloseable {

    private boolean closed;

    static ResultPrinter of(OutputFormat format, PrintWriter out) {
        return switch (format) {
            case table -> new Table(out);
            case csv -> new Csv(out);
            case json -> new Json(out);
        };
    }

    abstract void print(CorpusOutcome outcome);

    abstract void end();

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            end();
        }
    }

    /** One line per memo: size, mean tone, harm, gap index and top frames ("-" where a layer has not run). */
    private static final class Table extends ResultPrinter {
        private static final String LINE = "%-5s %-36s %-4s %5s %6s %6s %5s %5s  %-40s %s%n";
        private final PrintWriter out;

        Table(PrintWriter out) {
            this.out = out;
            out.printf(LINE, "ID", "TITLE", "LANG", "SENT", "WORDS", "TONE", "HARM", "GAP",
                    "TOP FRAMES (share of sentences)", "STATUS");
            out.flush();
        }

        @Override
        void print(CorpusOutcome o) {
            String status = switch (o.status()) {
                case NEW -> "new";
                case REANALYSED -> "already stored";
                case ALREADY_ANALYSED -> "already analysed";
            } + (o.analysis().analysed() ? "" : ", not English");
            List<SentenceAnalysis> sentences = o.analysis().sentences();
            MemoMetrics m = MemoMetrics.of(sentences, o.memo().text().length());
            boolean toned = m.toneSentences() > 0;
            boolean framed = sentences.stream().anyMatch(s -> s.impact() != null);
            out.printf(LINE, o.memo().id(), truncate(o.memo().title(), 36), o.analysis().language().code(),
                    sentences.size(), o.memo().wordCount(),
                    toned ? String.format(Locale.ROOT, "%+.2f", m.meanTone()) : "-",
                    framed ? Integer.toString(m.harmSentences()) : "-",
                    // the gap needs both tone and impact; without either it is unknown, not zero
                    framed && toned ? String.format(Locale.ROOT, "%.2f", m.gapIndex()) : "-",
                    truncate(topFrames(m), 40), status);
            out.flush();
        }

        @Override
        void end() {
            out.flush();
        }

        /** The three most frequent frames with their share of sentences: "PROCEDURE 31%, CARE_SUPPORT 23%". */
        static String topFrames(MemoMetrics m) {
            List<String> top = m.frameShares().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(3)
                    .map(e -> String.format(Locale.ROOT, "%s %d%%", e.getKey(), Math.round(e.getValue() * 100)))
                    .toList();
            return top.isEmpty() ? "-" : String.join(", ", top);
        }

        private static String truncate(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }
    }

    private static final class Csv extends ResultPrinter {
        private final SentenceCsv.Streaming csv;

        Csv(PrintWriter out) {
            this.csv = new SentenceCsv.Streaming(out);
        }

        @Override
        void print(CorpusOutcome o) {
            csv.add(o.memo(), o.analysis());
        }

        @Override
        void end() {
            csv.close();
        }
    }

    private static final class Json extends ResultPrinter {
        private final AnalysisJson.Streaming json;

        Json(PrintWriter out) {
            this.json = new AnalysisJson.Streaming(out);
        }

        @Override
        void print(CorpusOutcome o) {
            json.add(o.memo(), o.analysis());
        }

        @Override
        void end() {
            json.close();
        }
    }
}
