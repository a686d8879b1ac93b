package org.memolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.memolens.app.FramingTools;
import org.memolens.domain.FramingEvaluation;
import org.memolens.domain.LabelScore;
import org.memolens.export.EvaluationJson;

/** {@code memolens eval frames FILE}: frames, devices and impact against labelled sentences. */
@Command(name = "frames", mixinStandardHelpOptions = true,
        description = {"Scores frames, devices and workforce impact against a labelled JSONL file in the format of",
            "assets/data/memo-sentences (one sentence per line: text, impact, frames, devices).",
            "Frames and impact are scored per sentence; devices per span (same type, overlapping characters)."})
final class EvalFramesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "labelled sentences (JSON Lines)")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--model", paramLabel = "MODEL", description = "a frame model file (default: the shipped model)")
    Path model;

    @Option(names = "--rules-only", description = "detect frames by the codebook's rules alone, without a model")
    boolean rulesOnly;

    @Override
    public Integer call() {
        FramingEvaluation e = new FramingTools().evaluate(file, model, rulesOnly);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? EvaluationJson.write(e) + System.lineSeparator() : text(e));
        out.flush();
        return MemoLensCli.OK;
    }

    static String text(FramingEvaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d sentences%n", e.file(), e.sentences()));
        section(sb, "Frames (per sentence)", e.frames(), true);
        section(sb, "Devices (per span: " + FramingEvaluation.SPAN_RULE + ")", e.devices(), true);
        section(sb, "Workforce impact (per sentence)", e.impact(), false);
        sb.append(String.format(Locale.ROOT, "%-20s %31s %.3f%n", "accuracy", "", e.impactAccuracy()));
        sb.append(String.format("%nComponents:%n"));
        new java.util.TreeMap<>(e.components()).forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v)
                .append(System.lineSeparator()));
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<LabelScore> scores, boolean micro) {
        sb.append(String.format("%n%s%n", title));
        sb.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s %5s %5s %5s %8s%n", "LABEL", "PRECISION", "RECALL", "F1",
                "TP", "FP", "FN", "SUPPORT"));
        for (LabelScore s : scores) {
            sb.append(String.format(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %5d %5d %5d %8d%n", s.label(), s.precision(),
                    s.recall(), s.f1(), s.tp(), s.fp(), s.fn(), s.support()));
        }
        if (micro) {
            sb.append(String.format(Locale.ROOT, "%-20s %19s %9.3f%n", "micro F1", "", FramingEvaluation.microF1(scores)));
        }
        sb.append(String.format(Locale.ROOT, "%-20s %19s %9.3f%n", "macro F1", "", FramingEvaluation.macroF1(scores)));
    }
}
