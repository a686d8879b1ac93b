package org.memolens.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.domain.Coder;

/** {@code memolens coders [add NAME | activate NAME]}: the coders of the project. */
@Command(name = "coders", mixinStandardHelpOptions = true, description = "List, add and activate coders.",
        subcommands = {CodersCommand.Add.class, CodersCommand.Activate.class})
final class CodersCommand implements Callable<Integer> {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return root.withLibrary(spec, (core, out) -> {
            for (Coder c : core.manageCoders().list()) {
                out.printf("%s%s%n", c.name(), c.active() ? "  (active)" : "");
            }
        });
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a coder (the first one becomes active).")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        CodersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                Coder c = core.manageCoders().add(name);
                out.printf("Added coder %s%s.%n", c.name(), c.active() ? " (active)" : "");
            });
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Make a coder the active one (added if new).")
    static final class Activate implements Callable<Integer> {

        @ParentCommand
        CodersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                Coder c = core.manageCoders().activate(name);
                out.printf("%s is the active coder.%n", c.name());
            });
        }
    }
}
