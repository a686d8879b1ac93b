package org.memolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import org.memolens.app.MemoLensCore;

/** The root command: global options and the list of subcommands. */
@Command(name = "memolens",
        mixinStandardHelpOptions = true,
        version = "MemoLens 0.1.0",
        description = {
            "Analyses corporate and executive memos locally: sentences, tone, framing, devices.",
            "Without arguments, \"java -jar memolens.jar\" opens the desktop window."},
        subcommands = {AnalyzeCommand.class, ExportCommand.class, BenchCommand.class, CompareCommand.class,
            ReportCommand.class, EvalCommand.class, TrainCommand.class, CodebookCommand.class, CodersCommand.class,
            CodingsCommand.class, AgreementCommand.class, QdpxCommand.class, ModelsCommand.class},
        footer = {"", "The database is --db, else $MEMOLENS_DB, else ~/.memolens/memolens.db (created on first use).",
            "Exit codes: 0 success, 1 internal error, 2 bad input or unusable database."})
public final class MemoLensCommand implements Runnable {

    private final Map<String, String> environment;
    private final boolean console;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "SQLite database file (default: $MEMOLENS_DB or ~/.memolens/memolens.db)")
    Path db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * @param console true when stdout and stderr are the process's own streams (not captured by a
     *                test): then progress may draw on a terminal and Ctrl-C cancels cleanly
     */
    MemoLensCommand(Map<String, String> environment, boolean console) {
        this.environment = environment;
        this.console = console;
    }

    /** Whether stderr is an interactive terminal, where a progress bar may be redrawn in place. */
    boolean stderrIsTerminal() {
        return console && Terminal.stderrIsTerminal();
    }

    /** Whether this invocation owns the process, so a Ctrl-C handler may be installed. */
    boolean handlesSignals() {
        return console;
    }

    /** The database file this invocation uses. */
    Path databaseFile() {
        return db != null ? db : MemoLensCore.defaultDatabaseFile(environment, System.getProperty("user.home"));
    }

    /** What a command does with the opened library, printing to {@code out}. */
    @FunctionalInterface
    interface LibraryWork {
        void run(MemoLensCore core, PrintWriter out);
    }

    /**
     * Opens the database (models are read only if the work analyses), runs {@code work} with the
     * command's standard output, flushes it and closes the database.
     *
     * @return {@link MemoLensCli#OK}; failures propagate as exceptions, which the CLI maps to exit codes
     */
    int withLibrary(picocli.CommandLine.Model.CommandSpec command, LibraryWork work) {
        try (MemoLensCore core = MemoLensCore.openWithoutPreloading(databaseFile())) {
            PrintWriter out = command.commandLine().getOut();
            work.run(core, out);
            out.flush();
        }
        return MemoLensCli.OK;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
