package org.memolens.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import org.memolens.app.Progress;
import org.memolens.app.TaskRunner;

/**
 * A {@link TaskRunner} that holds jobs until {@link #runAll()}, so a test can act while a job is
 * "running" (cancel it, say). A cancelled job still runs, as a worker thread would, but sees
 * {@link Progress#isCancelled()} and calls back neither success nor failure, as JavaFX's Task does.
 */
public final class DeferredTaskRunner implements TaskRunner {

    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        queued.add(() -> {
            T result;
            try {
                result = work.run(progress);
            } catch (Exception e) {
                if (!cancelled[0]) {
                    onFailure.accept(e);
                }
                return;
            }
            if (!cancelled[0]) {
                onSuccess.accept(result);
            }
        });
        return () -> cancelled[0] = true;
    }

    /** Runs every queued job, including those the jobs start. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
