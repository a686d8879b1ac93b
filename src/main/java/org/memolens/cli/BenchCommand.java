package org.memolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.app.bench.BenchReport;
import org.memolens.app.bench.Benchmark;

/** {@code memolens bench}: how fast this machine analyses and stores memos. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures model load time, throughput on one thread and on all cores, the latency of one "
            + "1,000-word memo, the SQLite write rate and peak heap, as medians over --runs runs (see README).",
            "Uses generated memos unless --corpus names a folder of memo files. Never touches your database."})
final class BenchCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--corpus", paramLabel = "DIR", description = "measure on these memo files instead of generated ones")
    Path corpus;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "repetitions of each measurement. Default: ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--memos", paramLabel = "N", defaultValue = "200", description = "generated memos. Default: ${DEFAULT-VALUE}")
    int memos;

    @Option(names = "--words", paramLabel = "N", defaultValue = "500", description = "words per generated memo. Default: ${DEFAULT-VALUE}")
    int words;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the generated memos. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the all-cores figure (default: one per core, here ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "only write --memos generated memo files of about --words words into DIR, and exit")
    Path writeCorpus;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (writeCorpus != null) {
            List<Path> files = Benchmark.writeCorpus(writeCorpus, memos, words, seed);
            err.printf("memolens: wrote %d memos of about %d words to %s%n", files.size(), words, writeCorpus);
            return MemoLensCli.OK;
        }
        ConsoleProgress progress = new ConsoleProgress(err, root.stderrIsTerminal(), "steps");
        Path work = Path.of(System.getProperty("java.io.tmpdir"));
        BenchReport report = new Benchmark(work).run(
                new Benchmark.Options(runs, corpus, memos, words, seed, threads), progress);
        progress.finish();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.values()));
        } else {
            out.print(text(report.values()));
        }
        out.flush();
        return MemoLensCli.OK;
    }

    @SuppressWarnings("unchecked")
    static String text(Map<String, Object> r) {
        Map<String, Object> spread = (Map<String, Object>) r.get("spread");
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "MemoLens bench: %s, %d runs, %s cpus, %s%n", ((Map<String, Object>) r.get("corpus")).get("source"),
                (Integer) r.get("runs"), r.get("cpus"), r.get("java")));
        sb.append(String.format(Locale.ROOT, "corpus: %s%n", r.get("corpus")));
        sb.append(String.format(Locale.ROOT, "layers: %s%n%n", r.get("layers")));
        sb.append(String.format(Locale.ROOT, "%-30s %12s %24s%n", "figure", "median", "min .. max"));
        for (String key : List.of("model_load_ms", "sentences_per_s_1_thread", "sentences_per_s_all_threads",
                "memo_1000_words_ms", "db_sentences_per_s", "sentences_per_cpu_s_1_thread")) {
            Map<String, Object> s = (Map<String, Object>) spread.get(key);
            sb.append(String.format(Locale.ROOT, "%-30s %12.1f %24s%n", key, (Double) r.get(key), s.get("min") + " .. " + s.get("max")));
        }
        for (String key : List.of("tokens_per_s_1_thread", "tokens_per_s_all_threads", "peak_heap_mb", "heap_after_gc_mb", "db_bytes_per_memo",
                "pos_agreement_with_beam_search", "pos_tokens_compared", "language_check_decided",
                "language_check_detector_disagrees")) {
            sb.append(String.format(Locale.ROOT, "%-30s %12s%n", key, r.get(key)));
        }
        sb.append(String.format(Locale.ROOT, "%nms per 1,000 sentences, one thread, by stage:%n"));
        ((Map<String, Object>) r.get("stages_ms_per_1000_sentences")).forEach((stage, ms) ->
                sb.append(String.format(Locale.ROOT, "  %-28s %10s%n", stage, ms)));
        sb.append(String.format(Locale.ROOT, "model load, each alone (ms): %s%n", r.get("model_load_each_ms")));
        return sb.toString();
    }
}
