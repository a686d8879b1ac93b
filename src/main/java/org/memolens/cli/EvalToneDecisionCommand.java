package org.memolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.memolens.app.CheckToneDecision;
import org.memolens.app.Progress;

/** {@code memolens eval tone-decision}: checks the tone decision values by nested cross-validation. */
@Command(name = "tone-decision", mixinStandardHelpOptions = true,
        description = "Checks the tone analyser's decision values (the per-register shifts that combine the "
            + "models and the rules) on labelled sets read by fold models: macro-F1 with the shipped "
            + "values, with values searched again on every sentence, and nested (each fold scored with "
            + "values searched on the other folds), which estimates what searching again would gain.")
final class EvalToneDecisionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--fold-models", required = true, split = ",", paramLabel = "K=DIR",
            description = "for two or more folds K (0 to 4), a folder with models trained without fold K of every set "
            + "(train tone ...#not-foldK, or #foldsNNN for a training part)")
    Map<Integer, Path> foldModels;

    @Parameters(paramLabel = "SET", arity = "1..*",
            description = "FILE[+FILE...][*WEIGHT]: labelled files counted as one set, its weight in the mean (default 1)")
    List<String> sets;

    @Override
    public Integer call() {
        List<CheckToneDecision.SetSpec> specs = sets.stream().map(CheckToneDecision.SetSpec::parse).toList();
        CheckToneDecision.Result result = new CheckToneDecision().check(foldModels, specs, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        out.print(text(result));
        out.flush();
        return MemoLensCli.OK;
    }

    static String text(CheckToneDecision.Result r) {
        StringBuilder b = new StringBuilder();
        r.sentencesByFold().forEach((fold, n) -> b.append(String.format(Locale.ROOT, "fold %d: %d sentences%n", fold, n)));
        b.append(String.format("%n%-26s", "macro-F1"));
        for (CheckToneDecision.SetSpec s : r.sets()) {
            b.append(String.format(Locale.ROOT, " %18s", s.name() + (s.weight() == 1 ? "" : " *" + trim(s.weight()))));
        }
        b.append(String.format(" %9s%n", "weighted"));
        row(b, "shipped values", r.shipped());
        row(b, "searched (optimistic)", r.optimistic());
        row(b, "nested", r.nested());
        b.append(String.format(Locale.ROOT, "%nnested gain over the shipped values (weighted): %+.4f%n", r.nestedGain()));
        b.append("searched on every fold: ").append(r.searched()).append('\n');
        r.searchedWithout().forEach((fold, values) -> b.append("searched without fold ").append(fold).append(": ").append(values).append('\n'));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, CheckToneDecision.Scores s) {
        b.append(String.format("%-26s", name));
        for (double f : s.f1()) {
            b.append(String.format(Locale.ROOT, " %18.4f", f));
        }
        b.append(String.format(Locale.ROOT, " %9.4f%n", s.weighted()));
    }

    private static String trim(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }
}
