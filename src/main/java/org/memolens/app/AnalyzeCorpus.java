package org.memolens.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.ModelChoice;
import org.memolens.domain.MemoLensException;
import org.memolens.domain.MemoText;
import org.memolens.domain.NewMemo;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.ingest.MemoFileReader;
import org.memolens.ingest.MemoFiles;
import org.memolens.nlp.MemoAnalyzer;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.CorpusRepository;
import org.memolens.store.MemoRepository;

/**
 * Use case: analyse a corpus of memo files (folders are walked) on several threads and store the
 * results in batched transactions.
 *
 * <p>Worker threads read and analyse files; the calling thread alone writes to the database, in
 * input order, one transaction per batch. The batch is resumable: a memo already analysed with
 * exactly the current component versions is not analysed again. A bad file is reported and skipped;
 * the rest of the batch goes on. On cancellation (through {@link Progress}) no new file is started,
 * and every memo already analysed is stored before {@link #run} returns, so running the same batch
 * again redoes nothing and loses nothing.
 */
public final class AnalyzeCorpus {

    /** Memos per write transaction: large enough that commits cost little, small enough to show progress. */
    static final int BATCH_MEMOS = 100;
    private static final long FLUSH_INTERVAL_NANOS = 2_000_000_000L;

    private final MemoFileReader reader;
    private final MemoAnalyzer analyzer;
    private final CorpusRepository corpus;
    private final MemoRepository memos;
    private final AnalysisRepository analyses;

    public AnalyzeCorpus(MemoFileReader reader, MemoAnalyzer analyzer, CorpusRepository corpus, MemoRepository memos,
            AnalysisRepository analyses) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.corpus = corpus;
        this.memos = memos;
        this.analyses = analyses;
    }

    /**
     * @param jobs  worker threads (at least 1)
     * @param force analyse again even memos already analysed with the same component versions
     */
    /**
     * @param frameModel the frame model that analyses (the shipped one, or a user's)
     */
    public record Options(int jobs, boolean force, ModelChoice frameModel) {
        public Options {
            if (jobs < 1) {
                throw new InvalidInputException("--jobs must be at least 1 (got " + jobs + ").");
            }
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), false, ModelChoice.SHIPPED);
        }
    }

    /** Receives the outcome of each file, in input order, on the calling thread, once it is stored. */
    public interface Listener {
        void stored(CorpusOutcome outcome);

        void failed(FileProblem problem);
    }

    public CorpusReport run(List<Path> inputs, Options options, Progress progress, Listener listener) {
        return new Batch(options, progress, listener).run(inputs);
    }

    /** What a worker made of one file. */
    private sealed interface Result permits Analysed, Known, Bad, Skipped, Fatal {
    }

    private record Analysed(Path file, NewMemo memo, String sha256, MemoAnalysis analysis) implements Result {
    }

    /** Already analysed with these versions, by an earlier batch ({@code runId > 0}) or earlier in this one. */
    private record Known(Path file, String sha256, long runId) implements Result {
    }

    private record Bad(FileProblem problem) implements Result {
    }

    /** Not started because the batch was cancelled. */
    private record Skipped() implements Result {
    }

    private record Fatal(MemoLensException error) implements Result {
    }

    /** The state of one run of the use case; lives on the calling thread except for {@link #work}. */
    private final class Batch {
        private final Options options;
        private final Progress progress;
        private final Listener listener;
        private final Map<String, Long> analysedBefore;
        private final Set<String> claimed = new HashSet<>();
        private final Map<String, CorpusOutcome> storedNow = new HashMap<>();
        private final List<Result> pending = new ArrayList<>();
        private final List<FileProblem> problems = new ArrayList<>();
        private int pendingAnalysed;
        private long lastFlush = System.nanoTime();
        private int analysedCount;
        private int skippedCount;
        private long sentences;
        private long words;

        Batch(Options options, Progress progress, Listener listener) {
            this.options = options;
            this.progress = progress;
            this.listener = listener;
            this.analysedBefore = options.force() ? Map.of() : Map.copyOf(analyses.runsWithComponents(analyzer.components(options.frameModel())));
        }

        CorpusReport run(List<Path> inputs) {
            long start = System.nanoTime();
            MemoFiles.Found found = MemoFiles.expand(inputs);
            for (MemoFiles.Problem p : found.problems()) {
                fail(new FileProblem(p.path(), p.message()));
            }
            List<Path> files = found.files();
            boolean cancelled = false;
            ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), new WorkerThreads());
            Deque<Future<Result>> window = new ArrayDeque<>();
            int maxInFlight = options.jobs() * 4;
            int done = 0;
            try {
                progress.update(0, files.size(), "Analysing " + files.size() + " files");
                for (Path file : files) {
                    if (progress.isCancelled()) {
                        cancelled = true;
                        break;
                    }
                    window.add(pool.submit(() -> work(file)));
                    while (window.size() >= maxInFlight) {
                        take(window.poll());
                        progress.update(++done, files.size(), file.getFileName().toString());
                    }
                }
                while (!window.isEmpty()) {
                    take(window.poll());
                    progress.update(++done, files.size(), "Finishing");
                }
                flush();
            } finally {
                pool.shutdownNow();
            }
            cancelled |= progress.isCancelled() && done < files.size();
            return new CorpusReport(files.size(), analysedCount, skippedCount, sentences, words, problems, cancelled,
                    Duration.ofNanos(System.nanoTime() - start));
        }

        /** On a worker thread: read, check, analyse. Never touches the database. */
        private Result work(Path file) {
            if (progress.isCancelled()) {
                return new Skipped();
            }
            try {
                NewMemo memo = reader.read(file);
                String sha = memo.sha256();
                Long runId = analysedBefore.get(sha);
                if (runId != null) {
                    return new Known(file, sha, runId);
                }
                Memo unsaved = new Memo(0, memo.metadata(), memo.text(), sha, MemoText.wordCount(memo.text()), Instant.EPOCH);
                MemoAnalysis analysis = analyzer.analyze(unsaved, options.frameModel());
                List<SentenceAnalysis> withoutTokens = analysis.sentences().stream().map(s -> s.withTokens(List.of())).toList();
                return new Analysed(file, memo, sha, new MemoAnalysis(analysis.run(), withoutTokens));
            } catch (InvalidInputException e) {
                return new Bad(new FileProblem(file, e.getMessage()));
            } catch (MemoLensException e) {
                return e.fix() == MemoLensException.Fix.INPUT ? new Bad(new FileProblem(file, e.getMessage())) : new Fatal(e);
            } catch (RuntimeException | StackOverflowError e) {
                return new Bad(new FileProblem(file, "MemoLens failed on this file (" + e + "); it was skipped.", true));
            }
        }

        private void take(Future<Result> future) {
            Result result;
            try {
                result = future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = new Skipped();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker never throws", e.getCause());
            }
            if (result instanceof Fatal fatal) {
                flush();
                throw fatal.error();
            }
            if (result instanceof Skipped) {
                return;
            }
            if (result instanceof Analysed a && !claimed.add(a.sha256())) {
                result = new Known(a.file(), a.sha256(), 0); // the same text twice in one batch: stored once
            }
            pending.add(result);
            if (result instanceof Analysed) {
                pendingAnalysed++;
            }
            if (pendingAnalysed >= BATCH_MEMOS || System.nanoTime() - lastFlush > FLUSH_INTERVAL_NANOS) {
                flush();
            }
        }

        /** Writes the analysed memos of the batch in one transaction, then reports every pending file in order. */
        private void flush() {
            List<CorpusRepository.Pending> toStore = new ArrayList<>();
            for (Result r : pending) {
                if (r instanceof Analysed a) {
                    toStore.add(new CorpusRepository.Pending(a.memo(), a.analysis()));
                }
            }
            List<CorpusRepository.Stored> stored = corpus.saveAll(toStore);
            int next = 0;
            for (Result r : pending) {
                if (r instanceof Analysed a) {
                    CorpusRepository.Stored s = stored.get(next++);
                    CorpusOutcome outcome = new CorpusOutcome(a.file(), s.memo().memo(),
                            new MemoAnalysis(s.run(), a.analysis().sentences()),
                            s.memo().created() ? CorpusOutcome.Status.NEW : CorpusOutcome.Status.REANALYSED);
                    storedNow.put(a.sha256(), outcome);
                    analysedCount++;
                    sentences += a.analysis().sentences().size();
                    words += outcome.memo().wordCount();
                    listener.stored(outcome);
                } else if (r instanceof Known k) {
                    skippedCount++;
                    listener.stored(known(k));
                } else if (r instanceof Bad b) {
                    fail(b.problem());
                }
            }
            pending.clear();
            pendingAnalysed = 0;
            lastFlush = System.nanoTime();
        }

        private CorpusOutcome known(Known k) {
            CorpusOutcome earlier = storedNow.get(k.sha256());
            if (earlier != null) {
                return new CorpusOutcome(k.file(), earlier.memo(), earlier.analysis(), CorpusOutcome.Status.ALREADY_ANALYSED);
            }
            Memo memo = memos.findBySha256(k.sha256()).orElseThrow();
            MemoAnalysis analysis = analyses.byRun(k.runId()).orElseThrow();
            return new CorpusOutcome(k.file(), memo, analysis, CorpusOutcome.Status.ALREADY_ANALYSED);
        }

        private void fail(FileProblem problem) {
            problems.add(problem);
            listener.failed(problem);
        }
    }

    /** Named daemon threads, so an abandoned batch never keeps the JVM alive. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "memolens-analysis-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
