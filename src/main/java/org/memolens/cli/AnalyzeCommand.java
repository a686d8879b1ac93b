package org.memolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.memolens.app.FileProblem;
import org.memolens.app.ImportReport;
import org.memolens.app.MemoLensCore;
import org.memolens.app.Progress;
import org.memolens.domain.ImportedMemo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetrics;
import org.memolens.export.AnalysisJson;
import org.memolens.export.SentenceCsv;

/** {@code memolens analyze FILE...}: import memo files and analyse them. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Imports memo files (.txt, .md) into the database and analyses them.",
            "The same text imported twice is stored once. Every analysis is kept as a new run."})
final class AnalyzeCommand implements Callable<Integer> {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv (one row per sentence) or json (see README). Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "memo files to import and analyse")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (MemoLensCore core = MemoLensCore.open(root.databaseFile())) {
            ImportReport report = core.importMemos().importFiles(files, Progress.NONE);
            for (FileProblem problem : report.problems()) {
                err.println("memolens: skipped " + problem.file() + ": " + problem.message());
            }
            List<AnalysisJson.Entry> entries = new ArrayList<>();
            Set<Long> seen = new LinkedHashSet<>();
            for (ImportedMemo imported : report.imported()) {
                if (!seen.add(imported.memo().id())) {
                    continue;
                }
                MemoAnalysis analysis = core.analyzeMemos().analyze(imported.memo());
                if (!analysis.analysed()) {
                    err.printf("memolens: %s looks like language '%s', not English; stored and flagged, not analysed.%n",
                            imported.memo().title(), analysis.language().code());
                }
                entries.add(new AnalysisJson.Entry(imported.memo(), analysis));
            }
            out.print(switch (format) {
                case json -> AnalysisJson.write(entries) + System.lineSeparator();
                case csv -> SentenceCsv.write(entries);
                case table -> table(entries, report);
            });
            out.flush();
            return report.problems().isEmpty() ? MemoLensCli.OK : MemoLensCli.BAD_INPUT;
        }
    }

    private static String table(List<AnalysisJson.Entry> entries, ImportReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-5s %-44s %-4s %9s %6s %6s  %s%n", "ID", "TITLE", "LANG", "SENTENCES", "WORDS", "TONE",
                "STATUS"));
        for (AnalysisJson.Entry e : entries) {
            boolean created = report.imported().stream()
                    .anyMatch(i -> i.memo().id() == e.memo().id() && i.created());
            String status = (created ? "new" : "already stored") + (e.analysis().analysed() ? "" : ", not English");
            sb.append(String.format("%-5d %-44s %-4s %9d %6d %6s  %s%n", e.memo().id(), truncate(e.memo().title(), 44),
                    e.analysis().language().code(), e.analysis().sentences().size(), e.memo().wordCount(),
                    meanTone(e), status));
        }
        return sb.toString();
    }

    /** Mean tone score of the memo's sentences, signed, or "-" when it has no tone. */
    private static String meanTone(AnalysisJson.Entry e) {
        MemoMetrics m = MemoMetrics.of(e.analysis().sentences(), e.memo().text().length());
        return m.toneSentences() == 0 ? "-" : String.format(java.util.Locale.ROOT, "%+.2f", m.meanTone());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
