package org.memolens.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.domain.CodeImportCount;
import org.memolens.app.ManageCodebook;
import org.memolens.domain.Code;
import org.memolens.domain.CodebookVersion;
import org.memolens.domain.Codebook;
import org.memolens.domain.InvalidInputException;

/** {@code memolens codebook [add|history|export FILE|import FILE]}: the project's codebook. */
@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = {"The project's codebook (a copy of the shipped frame codebook, versioned). Without a",
            "subcommand, lists the codes."},
        subcommands = {CodebookCommand.Add.class, CodebookCommand.History.class, CodebookCommand.Export.class,
            CodebookCommand.Import.class})
final class CodebookCommand implements Callable<Integer> {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return root.withLibrary(spec, (core, out) -> {
            Codebook codebook = core.manageCodebook().current();
            out.printf("Codebook version %d, %d codes%n", codebook.version(), codebook.codes().size());
            for (Code c : codebook.codes()) {
                out.printf("%-40s %s  %s%n", ManageCodebook.path(codebook, c.code()), c.colour(), c.name());
            }
        });
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a code.")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        CodebookCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "the code's name, e.g. \"job security\"")
        String name;

        @Option(names = "--code", description = "identifier (default: made from the name, e.g. JOB_SECURITY)")
        String code;

        @Option(names = "--definition", defaultValue = "")
        String definition;

        @Option(names = "--colour", defaultValue = "", description = "#rrggbb (default: the next palette colour)")
        String colour;

        @Option(names = "--parent", description = "the parent code's identifier")
        String parentCode;

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                Code c = core.manageCodebook().add(code, name, definition, colour, parentCode);
                out.printf("Added %s (\"%s\"); codebook version %d.%n", c.code(), c.name(),
                        core.manageCodebook().current().version());
            });
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every version of the codebook.")
    static final class History implements Callable<Integer> {

        @ParentCommand
        CodebookCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                for (CodebookVersion v : core.manageCodebook().history()) {
                    out.printf("%4d  %s  %s%n", v.version(), v.createdAt(), v.change());
                }
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the codebook as .csv or REFI-QDA .qdc.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        CodebookCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "ends in .csv or .qdc")
        Path file;

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                if (isQdc(file)) {
                    core.manageCodebook().exportQdc(file);
                } else {
                    core.manageCodebook().exportCsv(file);
                }
                out.printf("Wrote %s.%n", file);
            });
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read codes from .csv (adds new codes, updates changed ones) or REFI-QDA .qdc (adds the",
                "codes the project lacks). Nothing is deleted."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        CodebookCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "ends in .csv or .qdc")
        Path file;

        @Override
        public Integer call() {
            return parent.root.withLibrary(spec, (core, out) -> {
                CodeImportCount n = isQdc(file) ? core.manageCodebook().importQdc(file) : core.manageCodebook().importCsv(file);
                out.printf("Imported %s: %d codes added, %d updated; codebook version %d.%n", file,
                        n.added(), n.updated(), core.manageCodebook().current().version());
            });
        }
    }

    static boolean isQdc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".qdc") && !name.endsWith(".csv")) {
            throw new InvalidInputException("Give a file ending in .csv or .qdc.");
        }
        return name.endsWith(".qdc");
    }
}
