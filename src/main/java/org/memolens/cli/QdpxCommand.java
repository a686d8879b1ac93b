package org.memolens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.app.ExchangeQdpx;

/** {@code memolens qdpx export|import FILE}: REFI-QDA project exchange. */
@Command(name = "qdpx", mixinStandardHelpOptions = true,
        description = "Exchange memos, codebook, coders and codings with QualCoder, NVivo, ATLAS.ti or MAXQDA (REFI-QDA .qdpx).",
        subcommands = {QdpxCommand.Export.class, QdpxCommand.Import.class})
final class QdpxCommand implements Runnable {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a REFI-QDA project file.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        QdpxCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the .qdpx file to write (replaced if it exists)")
        Path file;

        @Option(names = "--memo", paramLabel = "ID", description = "memo ids (default: every memo)")
        List<Long> memos = new ArrayList<>();

        @Option(names = "--name", defaultValue = "MemoLens project", description = "project name. Default: ${DEFAULT-VALUE}")
        String name;

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                ExchangeQdpx.ExportReport r = core.exchangeQdpx().export(file, memos, name);
                out.printf("Wrote %s: %d memos, %d codes, %d coders, %d codings.%n", file, r.memos(), r.codes(), r.coders(),
                        r.codings());
            });
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read a REFI-QDA project file. Memos, coders, codes and codings already present are",
                "recognised, so importing the same file twice changes nothing."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        QdpxCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the .qdpx file to read")
        Path file;

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                ExchangeQdpx.ImportReport r = core.exchangeQdpx().importFile(file);
                out.printf("Imported %s: memos %d new, %d already stored; codes %d new, %d matched; coders %d new, "
                        + "%d matched; codings %d new, %d already present.%n", file, r.memosAdded(), r.memosMatched(),
                        r.codesAdded(), r.codesMatched(), r.codersAdded(), r.codersMatched(), r.codingsAdded(),
                        r.codingsPresent());
                r.warnings().forEach(w -> spec.commandLine().getErr().println("memolens: " + w));
            });
        }
    }
}
