package org.memolens.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.memolens.app.Progress;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.MemoText;
import org.memolens.domain.NewMemo;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.ingest.MemoFileReader;
import org.memolens.ingest.MemoFiles;
import org.memolens.nlp.LanguageCheckAgreement;
import org.memolens.nlp.MemoAnalyzer;
import org.memolens.nlp.NlpModels;
import org.memolens.nlp.PosAgreement;
import org.memolens.nlp.StageTimes;

/**
 * Use case: measure MemoLens's speed on a corpus (generated, or the user's own folder) with every
 * shipped layer: model load, throughput on one thread and on all, the latency of one 1,000-word
 * memo, the SQLite write rate, and peak heap. Every figure is measured {@code runs} times and
 * reported as the median with its spread, since one number on a shared machine means little.
 * Throughput runs are warm: a different generated corpus is analysed first, so caches and the JIT
 * are in the state of a long batch.
 */
public final class Benchmark {

    /**
     * @param runs    repetitions of each measurement (at least 1)
     * @param corpus  a folder of memo files, or null to generate {@code memos} memos of about {@code words} words
     * @param threads threads of the "all threads" measurement
     */
    public record Options(int runs, Path corpus, int memos, int words, long seed, int threads) {
        public Options {
            if (runs < 1 || memos < 1 || words < 10 || threads < 1) {
                throw new InvalidInputException("--runs, --memos, --threads must be at least 1 and --words at least 10.");
            }
        }
    }

    private final Path workFolder;

    /** @param workFolder where throw-away benchmark databases are written (and deleted) */
    public Benchmark(Path workFolder) {
        this.workFolder = workFolder;
    }

    /** Writes {@code memos} generated memo files of about {@code words} words into {@code folder}. */
    public static List<Path> writeCorpus(Path folder, int memos, int words, long seed) {
        MemoGenerator generator = new MemoGenerator(seed);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < memos; i++) {
                Path file = folder.resolve(String.format("memo-%06d.txt", i + 1));
                Files.writeString(file, generator.memo(words));
                files.add(file);
            }
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write the corpus to " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    public BenchReport run(Options options, Progress progress) {
        // Keep the documented order of steps (load, corpus, stages, throughput, latency, database).
        resetPeakHeap();
        Map<String, Object> report = new LinkedHashMap<>();
        int steps = 7;
        progress.update(0, steps, "Loading models");
        Samples load = new Samples();
        MemoAnalyzer analyzer = null;
        // A typical English memo: it takes the path every English memo takes (no language detector).
        Memo probe = memo("Probe", new MemoGenerator(options.seed() + 3).memo(120));
        for (int r = 0; r < options.runs(); r++) {
            long start = System.nanoTime();
            analyzer = MemoAnalyzer.withShippedModels();
            analyzer.analyze(probe);
            load.add((System.nanoTime() - start) / 1e6);
        }
        Map<String, Long> eachModel = NlpModels.loadEachMillis();

        progress.update(1, steps, "Preparing corpus");
        List<Memo> corpus = corpus(options);
        List<Memo> warmUp = generated(Math.max(20, corpus.size() / 4), options.words(), options.seed() + 1);
        for (Memo m : warmUp) {
            analyzer.analyze(m);
        }

        progress.update(2, steps, "Stage timings");
        // One pass that records stage times and keeps the analyses for the database measurement;
        // throughput is measured on separate passes that do nothing else.
        StageTimes stages = StageTimes.recording();
        long sentences = 0;
        long tokens = 0;
        List<MemoAnalysis> analyses = new ArrayList<>();
        for (Memo m : corpus) {
            MemoAnalysis a = analyzer.analyze(m, stages);
            sentences += a.sentences().size();
            tokens += a.sentences().stream().mapToLong(SentenceAnalysis::tokenCount).sum();
            analyses.add(withoutTokens(a));
        }

        progress.update(3, steps, "Throughput");
        Samples oneThread = new Samples();
        Samples oneThreadTokens = new Samples();
        Samples oneThreadCpu = new Samples();
        Samples allThreads = new Samples();
        Samples allThreadsTokens = new Samples();
        Samples allThreadsCpu = new Samples();
        for (int r = 0; r < options.runs(); r++) {
            double[] one = parallel(analyzer, corpus, 1);
            oneThread.add(sentences / one[0]);
            oneThreadTokens.add(tokens / one[0]);
            oneThreadCpu.add(sentences / one[1]);
            double[] all = parallel(analyzer, corpus, options.threads());
            allThreads.add(sentences / all[0]);
            allThreadsTokens.add(tokens / all[0]);
            allThreadsCpu.add(sentences / all[1]);
        }

        progress.update(4, steps, "One 1,000-word memo");
        Memo thousand = memo("1,000 words", new MemoGenerator(options.seed() + 2).memo(1000));
        Samples latency = new Samples();
        for (int r = 0; r < options.runs(); r++) {
            Samples inner = new Samples();
            for (int k = 0; k < 10; k++) {
                long start = System.nanoTime();
                analyzer.analyze(thousand);
                inner.add((System.nanoTime() - start) / 1e6);
            }
            latency.add(inner.median());
        }

        progress.update(5, steps, "SQLite writes");
        Samples db = new Samples();
        long dbBytes = 0;
        for (int r = 0; r < options.runs(); r++) {
            double[] rateAndBytes = new WriteRate(workFolder).measure(corpus, analyses);
            db.add(rateAndBytes[0]);
            dbBytes = (long) rateAndBytes[1];
        }

        progress.update(6, steps, "Agreement with OpenNLP's own tagger and language detector");
        List<String> texts = corpus.stream().map(Memo::text).toList();
        PosAgreement.Result agreement = PosAgreement.measure(texts);
        LanguageCheckAgreement.Result language = LanguageCheckAgreement.measure(texts);
        progress.update(steps, steps, "Done");

        report.put("model_load_ms", load.median());
        report.put("sentences_per_s_1_thread", oneThread.median());
        report.put("sentences_per_s_all_threads", allThreads.median());
        report.put("memo_1000_words_ms", latency.median());
        report.put("db_sentences_per_s", db.median());
        report.put("peak_heap_mb", peakHeapMb());
        report.put("heap_after_gc_mb", heapAfterGcMb());
        report.put("tokens_per_s_1_thread", oneThreadTokens.median());
        report.put("tokens_per_s_all_threads", allThreadsTokens.median());
        // On a machine shared with other work, wall time counts the time other processes held the CPU;
        // CPU time of the analysing thread does not.
        report.put("sentences_per_cpu_s_1_thread", oneThreadCpu.median());
        report.put("sentences_per_cpu_s_all_threads", allThreadsCpu.median());
        report.put("threads", options.threads());
        report.put("runs", options.runs());
        Map<String, Object> spread = new LinkedHashMap<>();
        spread.put("model_load_ms", load.spread());
        spread.put("sentences_per_s_1_thread", oneThread.spread());
        spread.put("sentences_per_s_all_threads", allThreads.spread());
        spread.put("sentences_per_cpu_s_1_thread", oneThreadCpu.spread());
        spread.put("memo_1000_words_ms", latency.spread());
        spread.put("db_sentences_per_s", db.spread());
        report.put("spread", spread);
        report.put("stages_ms_per_1000_sentences", perThousand(stages.nanos(), sentences));
        report.put("model_load_each_ms", eachModel);
        Map<String, Object> corpusFacts = new LinkedHashMap<>();
        corpusFacts.put("source", options.corpus() == null ? "generated (seed " + options.seed() + ")" : options.corpus().toString());
        corpusFacts.put("memos", corpus.size());
        corpusFacts.put("words", corpus.stream().mapToLong(Memo::wordCount).sum());
        corpusFacts.put("sentences", sentences);
        corpusFacts.put("tokens", tokens);
        corpusFacts.put("memo_1000_words_words", thousand.wordCount());
        report.put("corpus", corpusFacts);
        report.put("db_bytes_per_memo", corpus.isEmpty() ? 0 : dbBytes / corpus.size());
        report.put("pos_agreement_with_beam_search", agreement.share());
        report.put("pos_tokens_compared", agreement.tokens());
        report.put("language_check_decided", language.decidedByCheck());
        report.put("language_check_detector_disagrees", language.detectorDisagrees());
        report.put("layers", analyzer.layerNames());
        report.put("components", analyzer.components());
        report.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.put("cpus", Runtime.getRuntime().availableProcessors());
        return new BenchReport(report);
    }

    private List<Memo> corpus(Options options) {
        if (options.corpus() == null) {
            return generated(options.memos(), options.words(), options.seed());
        }
        MemoFiles.Found found = MemoFiles.expand(List.of(options.corpus()));
        if (!found.problems().isEmpty()) {
            throw new InvalidInputException(found.problems().get(0).message());
        }
        MemoFileReader reader = new MemoFileReader();
        List<Memo> memos = new ArrayList<>();
        for (Path file : found.files()) {
            try {
                NewMemo m = reader.read(file);
                memos.add(memo(m.metadata().title(), m.text()));
            } catch (InvalidInputException skipped) {
                // a bad file is not part of the measured corpus
            }
        }
        if (memos.isEmpty()) {
            throw new InvalidInputException("No readable memo in " + options.corpus() + ".");
        }
        return memos;
    }

    private static List<Memo> generated(int count, int words, long seed) {
        MemoGenerator generator = new MemoGenerator(seed);
        List<Memo> memos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            memos.add(memo("Generated " + (i + 1), generator.memo(words)));
        }
        return memos;
    }

    private static Memo memo(String title, String text) {
        NewMemo m = new NewMemo(MemoMetadata.titled(title), text);
        return new Memo(0, m.metadata(), m.text(), m.sha256(), MemoText.wordCount(m.text()), Instant.EPOCH);
    }

    /**
     * Analyses the corpus with {@code threads} threads taking memos from one queue.
     *
     * @return wall seconds, and CPU seconds summed over the threads
     */
    private static double[] parallel(MemoAnalyzer analyzer, List<Memo> corpus, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "memolens-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(threads);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < corpus.size(); i = next.getAndIncrement()) {
                        analyzer.analyze(corpus.get(i));
                    }
                    return cpu.getCurrentThreadCpuTime() - cpuStart;
                }));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            long cpuNanos = 0;
            for (Future<Long> f : futures) {
                cpuNanos += f.get();
            }
            return new double[] {(System.nanoTime() - start) / 1e9, cpuNanos / 1e9};
        } catch (Exception e) {
            throw new IllegalStateException("benchmark thread failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static MemoAnalysis withoutTokens(MemoAnalysis a) {
        return new MemoAnalysis(a.run(), a.sentences().stream().map(s -> s.withTokens(List.of())).toList());
    }

    private static Map<String, Double> perThousand(Map<String, Long> nanos, long sentences) {
        Map<String, Double> result = new LinkedHashMap<>();
        nanos.forEach((stage, ns) -> result.put(stage, round(ns / 1e6 / Math.max(1, sentences) * 1000)));
        return result;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of each heap pool's peak since the start: an upper bound of the peak heap in use. */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return round(bytes / 1048576.0);
    }

    /** Heap in use after a full collection, with the analyzer, its caches and the corpus still live. */
    private static double heapAfterGcMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return round((rt.totalMemory() - rt.freeMemory()) / 1048576.0);
    }

    static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
