package org.memolens.cli;

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
        subcommands = {AnalyzeCommand.class, TrainCommand.class, EvalCommand.class},
        footer = {"", "The database is --db, else $MEMOLENS_DB, else ~/.memolens/memolens.db (created on first use).",
            "Exit codes: 0 success, 1 internal error, 2 bad input or unusable database."})
public final class MemoLensCommand implements Runnable {

    private final Map<String, String> environment;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "SQLite database file (default: $MEMOLENS_DB or ~/.memolens/memolens.db)")
    Path db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    MemoLensCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The database file this invocation uses. */
    Path databaseFile() {
        return db != null ? db : MemoLensCore.defaultDatabaseFile(environment, System.getProperty("user.home"));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
