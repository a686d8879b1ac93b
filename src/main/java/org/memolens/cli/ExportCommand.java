package org.memolens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.app.MemoLensCore;
import org.memolens.domain.InvalidInputException;
import org.memolens.export.ExportUnit;
import org.memolens.export.RowWriter;

/** {@code memolens export}: stored results as CSV or JSON rows for statistics software. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports stored results, one row per memo, sentence, frame or device, each row with the memo's "
            + "metadata (columns: see README). Each memo contributes its newest analysis."})
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, json }

    enum What { memos, sentences, frames, devices, codings }

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--what", defaultValue = "sentences",
            description = "memos, sentences, frames, devices or codings. Default: ${DEFAULT-VALUE}")
    What what;

    @Option(names = "--memo", paramLabel = "ID", arity = "1..*", description = "only these memo ids (default: all)")
    List<Long> memoIds = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExportUnit unit = ExportUnit.valueOf(what.name().toUpperCase(Locale.ROOT));
        try (MemoLensCore core = MemoLensCore.openWithoutPreloading(root.databaseFile())) {
            List<String> columns = core.exportAnalyses().columns(unit);
            long rows;
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                rows = export(core, unit, columns, out);
            } else {
                rows = exportToFile(core, unit, columns);
            }
            spec.commandLine().getErr().printf("memolens: exported %d %s rows%s%n", rows, what,
                    output == null ? "" : " to " + output);
            return MemoLensCli.OK;
        }
    }

    /** Writes next to the target and renames at the end, so a failed export never leaves half a file. */
    private long exportToFile(MemoLensCore core, ExportUnit unit, List<String> columns) throws IOException {
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(output + " is a folder; give a file name with -o.");
        }
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try (Writer file = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
            long rows = export(core, unit, columns, file);
            file.flush();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return rows;
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new InvalidInputException("Cannot write " + output + ": " + e.getMessage());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private long export(MemoLensCore core, ExportUnit unit, List<String> columns, Writer out) {
        try (RowWriter rows = format == Format.csv ? RowWriter.csv(out, columns) : RowWriter.json(out, columns)) {
            return core.exportAnalyses().export(unit, memoIds, rows, org.memolens.app.Progress.NONE);
        }
    }
}
