package org.memolens.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The background threads that read models. Two threads: a cold start is bound by the CPU, and the
 * machines MemoLens targets have two or more cores; the main thread opens the database meanwhile.
 * Daemon threads, so loading never keeps the JVM alive after the work is done.
 */
public final class ModelLoading {

    static final Executor EXECUTOR = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "memolens-model-loader");
        t.setDaemon(true);
        return t;
    });

    private ModelLoading() {
    }

    /**
     * A value read at most once: in the background from {@link #start()}, or on the calling thread's
     * first {@link #get()} if loading was never started. Thread-safe.
     */
    public static class Background<T> implements Supplier<T> {
        private final Supplier<T> reader;
        private CompletableFuture<T> future;

        public Background(Supplier<T> reader) {
            this.reader = reader;
        }

        /** Queues the read on the loader threads, once; later calls do nothing. */
        public synchronized void start() {
            if (future == null) {
                future = CompletableFuture.supplyAsync(reader, EXECUTOR);
            }
        }

        /** The value, waiting for the background read if it is still running; its failure is rethrown. */
        @Override
        public T get() {
            CompletableFuture<T> f;
            boolean readHere = false;
            synchronized (this) {
                if (future == null) {
                    future = new CompletableFuture<>();
                    readHere = true;
                }
                f = future;
            }
            if (readHere) {
                try {
                    f.complete(reader.get());
                } catch (Throwable t) {
                    f.completeExceptionally(t); // so that other waiting threads see it too
                }
            }
            try {
                return f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }
}
