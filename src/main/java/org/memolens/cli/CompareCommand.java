package org.memolens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.memolens.app.MemoLensCore;
import org.memolens.app.Progress;
import org.memolens.export.ComparisonJson;
import org.memolens.research.ComparedMemo;
import org.memolens.research.Comparison;
import org.memolens.research.MetricRow;

/** {@code memolens compare A B [C...]}: every figure side by side with deltas, and distinctive words. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two or more memos: every figure with its change from the first memo, and the words",
            "that set each memo apart (weighted log-odds, Monroe et al. 2008). A and B are memo ids or files;",
            "files are imported and analysed first."})
final class CompareCommand implements Callable<Integer> {

    /** Output formats of compare. */
    enum Format {
        table, json
    }

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
    Format format;

    @Parameters(paramLabel = "MEMO", arity = "2..*", description = "memo ids or memo files")
    List<String> memos;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MemoLensCore core = MemoLensCore.open(root.databaseFile())) {
            List<Long> ids = MemoArguments.resolve(core, memos);
            Comparison comparison = core.compareMemos().compare(ids, Progress.NONE);
            out.print(format == Format.json ? ComparisonJson.write(comparison) + System.lineSeparator() : table(comparison));
            out.flush();
            return MemoLensCli.OK;
        }
    }

    static String table(Comparison c) {
        StringBuilder sb = new StringBuilder();
        List<ComparedMemo> memos = c.memos();
        for (int i = 0; i < memos.size(); i++) {
            sb.append(String.format("#%d  %s (id %d)%n", i + 1, memos.get(i).memo().title(), memos.get(i).memo().id()));
        }
        sb.append(System.lineSeparator());
        sb.append(String.format("%-38s", "FIGURE"));
        for (int i = 0; i < memos.size(); i++) {
            sb.append(String.format("%10s", "#" + (i + 1)));
            if (i > 0) {
                sb.append(String.format("%12s", "Δ #" + (i + 1)));
            }
        }
        sb.append(System.lineSeparator());
        for (MetricRow row : c.rows()) {
            sb.append(String.format("%-38s", truncate(row.label(), 37)));
            for (int i = 0; i < memos.size(); i++) {
                sb.append(String.format("%10s", row.format(row.values().get(i))));
                if (i > 0) {
                    sb.append(String.format("%12s", row.formatDelta(row.delta(i))));
                }
            }
            sb.append(System.lineSeparator());
        }
        sb.append(System.lineSeparator()).append("DISTINCTIVE WORDS (z-score)").append(System.lineSeparator());
        for (int i = 0; i < memos.size(); i++) {
            String words = c.distinctive().get(i).stream()
                    .map(s -> String.format(Locale.ROOT, "%s %.1f", s.word(), s.z()))
                    .collect(Collectors.joining(", "));
            sb.append(String.format("#%d  %s%n", i + 1, words.isEmpty() ? "(none)" : words));
        }
        return sb.toString();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
