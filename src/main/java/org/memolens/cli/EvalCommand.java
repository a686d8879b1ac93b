package org.memolens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code memolens eval ...}: measure an analysis against labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures an analysis against labelled data.",
        subcommands = {EvalFramesCommand.class, EvalFramingSpeedCommand.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
