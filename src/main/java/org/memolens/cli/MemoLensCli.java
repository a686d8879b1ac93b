package org.memolens.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import picocli.CommandLine;

import org.memolens.domain.MemoLensException;

/**
 * The command line: {@code memolens [--db PATH] COMMAND ...}. Exit codes: 0 success, 1 an internal
 * error (a bug), 2 bad input or an unusable database, with the reason on stderr.
 */
public final class MemoLensCli {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private MemoLensCli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        return run(args, out, err, environment, false);
    }

    private static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
            boolean console) {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new MemoLensCommand(environment, console));
        cli.setOut(stdout);
        cli.setErr(stderr);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof MemoLensException known) {
                stderr.println("memolens: " + known.getMessage());
                return known.fix() == MemoLensException.Fix.INSTALLATION ? INTERNAL_ERROR : BAD_INPUT;
            }
            stderr.println("memolens: internal error: " + e);
            e.printStackTrace(stderr);
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        stdout.flush();
        stderr.flush();
        return code;
    }

    /** Reports a failure that happened outside a command (e.g. starting the desktop) and exits. */
    public static void exitWith(MemoLensException e) {
        System.err.println("memolens: " + e.getMessage());
        System.exit(e.fix() == MemoLensException.Fix.INSTALLATION ? INTERNAL_ERROR : BAD_INPUT);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(), true));
    }
}
