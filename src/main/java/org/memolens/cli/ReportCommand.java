package org.memolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.memolens.app.MemoDetails;
import org.memolens.app.MemoLensCore;
import org.memolens.app.Progress;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.MemoAnalysis;

/** {@code memolens report A [B...] -o FILE}: a memo's or a comparison's report as HTML, CSV or JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the report of one memo, or of a comparison of several, to a file.",
            "The format follows the file's extension: .html (self-contained, charts as inline SVG), .csv or .json.",
            "Memos are ids or files; files are imported and analysed first."})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the report file to write")
    Path output;

    @Parameters(paramLabel = "MEMO", arity = "1..*", description = "memo ids or memo files")
    List<String> memos;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MemoLensCore core = MemoLensCore.open(root.databaseFile())) {
            List<Long> ids = MemoArguments.resolve(core, memos);
            Path written;
            if (ids.size() == 1) {
                long id = ids.get(0);
                MemoDetails details = core.browseLibrary().open(id).orElseThrow(() -> new InvalidInputException(
                        "There is no memo with id " + id + " in this database."));
                MemoAnalysis analysis = details.analysis().orElseGet(() -> core.analyzeMemos().analyze(details.memo()));
                written = core.exportReports().writeMemoReport(details.memo(), analysis, output);
            } else {
                written = core.exportReports().writeComparisonReport(core.compareMemos().compare(ids, Progress.NONE), output);
            }
            out.println("Wrote " + written);
            out.flush();
            return MemoLensCli.OK;
        }
    }
}
