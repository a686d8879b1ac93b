package org.memolens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code memolens train ...}: train a model from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model from labelled data.",
        subcommands = {TrainFramesCommand.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
