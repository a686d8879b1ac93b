package org.memolens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.TextSpan;

/** {@code memolens codings add|list|export}: code spans of memos from the command line, and export codings. */
@Command(name = "codings", mixinStandardHelpOptions = true, description = "Add, list and export codings.",
        subcommands = {CodingsCommand.Add.class, CodingsCommand.ListCodings.class, CodingsCommand.Export.class})
final class CodingsCommand implements Runnable {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Code a span of a memo: give [start, end) offsets, or a quote (its first occurrence is coded).")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        CodingsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--coder", required = true, description = "coder name (added if new)")
        String coder;

        @Option(names = "--memo", required = true, paramLabel = "ID", description = "memo id")
        long memo;

        @Option(names = "--code", required = true, description = "code identifier, e.g. EFFICIENCY")
        String code;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Where where;

        @Option(names = "--note", defaultValue = "", description = "a note")
        String note;

        static final class Where {
            @ArgGroup(exclusive = false)
            Offsets offsets;

            @Option(names = "--quote", description = "the exact text to code (first occurrence)")
            String quote;
        }

        static final class Offsets {
            @Option(names = "--start", required = true, description = "UTF-16 offset of the first character")
            int start;

            @Option(names = "--end", required = true, description = "UTF-16 offset after the last character")
            int end;
        }

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                Memo m = core.browseLibrary().open(memo).orElseThrow(() -> new InvalidInputException("There is no memo "
                        + memo + ".")).memo();
                TextSpan span;
                if (where.quote != null) {
                    int at = m.text().indexOf(where.quote);
                    if (at < 0 || where.quote.isEmpty()) {
                        throw new InvalidInputException("The memo does not contain \"" + where.quote + "\".");
                    }
                    span = new TextSpan(at, at + where.quote.length());
                } else {
                    if (where.offsets.start < 0 || where.offsets.end < where.offsets.start) {
                        throw new InvalidInputException("--start and --end must satisfy 0 <= start < end.");
                    }
                    span = new TextSpan(where.offsets.start, where.offsets.end);
                }
                Coder c = core.manageCoders().activate(coder);
                Coding coding = core.codingSession().addAs(c.id(), memo, code, span, note);
                out.printf("Coding %d: %s [%d, %d) by %s: %s%n", coding.id(), coding.code(), coding.start(), coding.end(),
                        c.name(), coding.quote());
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the codings of a memo.")
    static final class ListCodings implements Callable<Integer> {

        @ParentCommand
        CodingsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--memo", required = true, paramLabel = "ID", description = "memo id")
        long memo;

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                Map<Long, String> names = new HashMap<>();
                core.manageCoders().list().forEach(c -> names.put(c.id(), c.name()));
                out.printf("%-6s %-22s %-12s %13s  %s%n", "ID", "CODE", "CODER", "SPAN", "TEXT");
                for (Coding c : core.codingSession().codings(memo)) {
                    out.printf("%-6d %-22s %-12s %13s  %s%n", c.id(), c.code(), names.get(c.coderId()),
                            "[" + c.start() + ", " + c.end() + ")", c.quote().replaceAll("\\s+", " "));
                }
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write codings as CSV, one row per coded span: memo id, title, author, date, source, code,",
                "code name, code path (PARENT/CHILD), coder, text, start, end, note, surrounding sentence, times."})
    static final class Export implements Callable<Integer> {

        @ParentCommand
        CodingsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.csv", description = "the CSV file to write")
        Path output;

        @Option(names = "--coders", paramLabel = "A,B", description = "only these coders (default: all)")
        String coders;

        @Option(names = "--memo", paramLabel = "ID", description = "only these memos (default: all)")
        List<Long> memos = new ArrayList<>();

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                int rows = core.exportCodings().toCsv(output, CsvList.of(coders), memos);
                out.printf("Wrote %d codings to %s.%n", rows, output);
            });
        }
    }
}
