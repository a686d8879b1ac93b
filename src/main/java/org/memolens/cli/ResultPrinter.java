package org.memolens.cli;

import java.io.PrintWriter;

import org.memolens.app.CorpusOutcome;
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

    private static final class Table extends ResultPrinter {
        private final PrintWriter out;

        Table(PrintWriter out) {
            this.out = out;
            out.printf("%-5s %-44s %-4s %9s %6s  %s%n", "ID", "TITLE", "LANG", "SENTENCES", "WORDS", "STATUS");
            out.flush();
        }

        @Override
        void print(CorpusOutcome o) {
            String status = switch (o.status()) {
                case NEW -> "new";
                case REANALYSED -> "already stored";
                case ALREADY_ANALYSED -> "already analysed";
            } + (o.analysis().analysed() ? "" : ", not English");
            out.printf("%-5d %-44s %-4s %9d %6d  %s%n", o.memo().id(), truncate(o.memo().title(), 44),
                    o.analysis().language().code(), o.analysis().sentences().size(), o.memo().wordCount(), status);
            out.flush();
        }

        @Override
        void end() {
            out.flush();
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
