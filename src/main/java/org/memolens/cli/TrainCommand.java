package org.memolens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code memolens train ...}: reproducible training commands. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model: 'tone' and 'frames' from labelled sentences, 'custom' from researchers' codings.",
        subcommands = {TrainToneCommand.class, TrainFramesCommand.class, TrainCustomCommand.class})
final class TrainCommand implements Runnable {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
