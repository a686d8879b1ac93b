package org.memolens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code memolens eval ...}: scores an analyser on labelled data; see its subcommands. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores an analyser on labelled data: tone, the tone decision values, frames (with devices and impact), framing speed.",
        subcommands = {EvalToneCommand.class, EvalToneDecisionCommand.class, EvalFramesCommand.class,
            EvalFramingSpeedCommand.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
