package org.memolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.app.AnalyzeCorpus;
import org.memolens.app.CorpusOutcome;
import org.memolens.app.CorpusReport;
import org.memolens.app.FileProblem;
import org.memolens.app.MemoLensCore;
import org.memolens.domain.ModelChoice;

/** {@code memolens analyze DIR|FILE...}: import memo files and analyse them, in parallel. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Imports memo files (.txt, .md, .docx, .pdf, .html, .eml) into the database and analyses them "
                + "on all cores.",
            "Folders are searched recursively. A memo already analysed with the same model versions is not "
                + "analysed again, so an interrupted batch resumes where it stopped; --force re-analyses.",
            "Progress goes to stderr; stdout carries only the results."})
final class AnalyzeCommand implements Callable<Integer> {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv (one row per sentence) or json (see README). Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Option(names = "--frame-model", paramLabel = "NAME", defaultValue = "shipped",
            description = "frame model: shipped, or a model trained with 'train custom'. Default: ${DEFAULT-VALUE}")
    String frameModel;

    @Option(names = "--jobs", paramLabel = "N", description = "analysis threads (default: one per core, here ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "analyse again memos already analysed with the same model versions")
    boolean force;

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*", description = "memo files, or folders to search for them")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, root.stderrIsTerminal(), "files");
        try (MemoLensCore core = MemoLensCore.open(root.databaseFile());
             Interruption interruption = Interruption.cancelOnCtrlC(progress, root.handlesSignals());
             ResultPrinter printer = ResultPrinter.of(format, out)) {
            AnalyzeCorpus.Options options = new AnalyzeCorpus.Options(jobs, force, core.userModels().choice(frameModel));
            CorpusReport report = core.analyzeCorpus().run(inputs, options, progress, new AnalyzeCorpus.Listener() {
                private final Set<Long> printed = new HashSet<>();

                @Override
                public void stored(CorpusOutcome outcome) {
                    if (!outcome.analysis().analysed() && outcome.status() != CorpusOutcome.Status.ALREADY_ANALYSED) {
                        progress.println(String.format("memolens: %s looks like language '%s', not English; stored and "
                                + "flagged, not analysed.", outcome.memo().title(), outcome.analysis().language().code()));
                    }
                    if (printed.add(outcome.memo().id())) {
                        printer.print(outcome);
                    }
                }

                @Override
                public void failed(FileProblem problem) {
                    progress.println("memolens: skipped " + problem.file() + ": " + problem.message());
                }
            });
            progress.finish();
            printer.close();
            err.println("memolens: " + summary(report));
            if (report.cancelled()) {
                err.println("memolens: interrupted; everything analysed so far is stored. Run the same command again "
                        + "to go on where it stopped.");
            }
            err.flush();
            if (report.internalError()) {
                return MemoLensCli.INTERNAL_ERROR;
            }
            return report.problems().isEmpty() && !report.cancelled() ? MemoLensCli.OK : MemoLensCli.BAD_INPUT;
        }
    }

    static String summary(CorpusReport r) {
        double seconds = Math.max(r.elapsed().toNanos() / 1e9, 1e-9);
        return String.format(Locale.ROOT, "%d %s: %d analysed, %d already analysed, %d skipped; %d sentences in %.1f s "
                + "(%.0f sentences/s)", r.files(), r.files() == 1 ? "file" : "files", r.analysed(), r.skipped(),
                r.problems().size(), r.sentences(), seconds, r.sentences() / seconds);
    }
}
