package org.memolens.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.domain.CodeScore;
import org.memolens.domain.UserModel;

/** {@code memolens models}: the frame models to choose from, with their cross-validated scores. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the frame models: \"shipped\" and every registered user model with its cross-validated F1.")
final class ModelsCommand implements Callable<Integer> {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return root.withLibrary(spec, (core, out) -> {
            out.println("shipped");
            for (UserModel m : core.userModels().list()) {
                out.printf("%s  (trained %s from %s, %d sentences, codebook v%d)%n", m.name(), m.createdAt(),
                        String.join(", ", m.coders()), m.sentences(), m.codebookVersion());
                for (CodeScore s : m.scores()) {
                    out.printf("    %-24s F1 %s (support %d)%n", s.code(), CsvList.number(s.f1()), s.support());
                }
            }
        });
    }
}
