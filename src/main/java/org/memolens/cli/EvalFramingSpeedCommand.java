package org.memolens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.memolens.app.FramingTools;
import org.memolens.domain.FramingSpeed;
import org.memolens.domain.InvalidInputException;

/** {@code memolens eval framing-speed MEMO}: median time of impact, frames and devices on one memo. */
@Command(name = "framing-speed", mixinStandardHelpOptions = true,
        description = {"Times impact, frames and devices on one memo (a plain-text file) once the models are loaded:",
            "warm-up runs, then timed runs; prints the median and the fastest run in milliseconds."})
final class EvalFramingSpeedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEMO", description = "a memo as plain text")
    Path memo;

    @Option(names = "--runs", defaultValue = "50", description = "timed runs. Default: ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--warm-up", defaultValue = "20", description = "untimed runs first. Default: ${DEFAULT-VALUE}")
    int warmUp;

    @Option(names = "--model", paramLabel = "MODEL", description = "a frame model file (default: the shipped model)")
    Path model;

    @Override
    public Integer call() {
        if (runs < 1 || warmUp < 0) {
            throw new InvalidInputException("--runs must be at least 1 and --warm-up at least 0.");
        }
        String text;
        try {
            text = Files.readString(memo, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + memo + ": " + e.getMessage());
        }
        if (text.isBlank()) {
            throw new InvalidInputException(memo + " is empty.");
        }
        FramingSpeed s = new FramingTools().speed(text, model, warmUp, runs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d words, %d sentences, %d timed runs after %d warm-up runs%n", memo, s.words(),
                s.sentences(), s.runs(), warmUp);
        out.printf(Locale.ROOT, "framing (impact, frames, devices): median %.2f ms, fastest %.2f ms, "
                + "median per 1,000 words %.2f ms%n", s.medianMillis(), s.minMillis(), s.medianPer1000Words());
        out.printf(Locale.ROOT, "whole analysis (sentences, tokens, tags, lemmas, framing): median %.2f ms%n",
                s.medianFullMillis());
        out.flush();
        return MemoLensCli.OK;
    }
}
