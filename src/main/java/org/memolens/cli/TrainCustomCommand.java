package org.memolens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.app.MemoLensCore;
import org.memolens.app.Progress;
import org.memolens.app.TrainFrameModel;
import org.memolens.domain.CodeScore;

/** {@code memolens train custom --coders A,B --name NAME}: a frame model from the project's own codings. */
@Command(name = "custom", mixinStandardHelpOptions = true,
        description = {"Train a frame model from the codings of the given coders (one yes/no OpenNLP document",
            "categorizer per code, sentence by sentence), report its 5-fold cross-validated scores per code, and",
            "register it under NAME in <database folder>/models/. Use it with: analyze --frame-model NAME."})
final class TrainCustomCommand implements Callable<Integer> {

    @ParentCommand
    TrainCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--coders", required = true, paramLabel = "A,B", description = "whose codings to learn from")
    String coders;

    @Option(names = "--name", required = true, description = "the model's name (letters, digits, . - _)")
    String name;

    @Override
    public Integer call() {
        try (MemoLensCore core = MemoLensCore.open(parent.root.databaseFile())) {
            TrainFrameModel.Report report = core.trainFrameModel().train(CsvList.of(coders), name, Progress.NONE);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Model %s: %d sentences from %d memos coded by %s; %d-fold cross-validation (seed %d).%n",
                    report.model().name(), report.model().sentences(), report.memos(), String.join(", ", report.model().coders()),
                    report.model().folds(), report.model().seed());
            out.printf("%-24s %7s %9s %7s %7s%n", "CODE", "SUPPORT", "PRECISION", "RECALL", "F1");
            for (CodeScore s : report.scores()) {
                out.printf("%-24s %7d %9s %7s %7s%n", s.code(), s.support(), CsvList.number(s.precision()),
                        CsvList.number(s.recall()), CsvList.number(s.f1()));
            }
            for (String skipped : report.skippedCodes()) {
                out.printf("%-24s not trained: too few coded sentences%n", skipped);
            }
            out.printf("Saved to %s (sha256 %s).%n", report.model().file(), report.model().sha256());
            out.flush();
        }
        return MemoLensCli.OK;
    }
}
