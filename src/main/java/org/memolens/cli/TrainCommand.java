package org.memolens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code memolens train ...}: trains a model; see its subcommands. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model from labelled data. Subcommands: tone.",
        subcommands = {TrainToneCommand.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
