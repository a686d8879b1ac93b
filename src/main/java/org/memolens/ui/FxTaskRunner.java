package org.memolens.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import org.memolens.app.Progress;
import org.memolens.app.TaskRunner;

/**
 * Runs jobs as {@link Task}s on named daemon threads and calls back on the FX thread. Progress
 * travels through {@code updateProgress}/{@code updateMessage}, which JavaFX coalesces, so a job
 * reporting thousands of items does not flood the FX thread.
 *
 * <p>Create and call on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Task<?>> latest = new ReadOnlyObjectWrapper<>();

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "memolens-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        ProgressTask<T> task = new ProgressTask<>(title, work);
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished(task));
        running.add(task);
        latest.set(task);
        executor.execute(task);
        return () -> task.cancel(false);
    }

    /** Jobs started and not yet finished, oldest first. */
    public ObservableList<Task<?>> running() {
        return FXCollections.unmodifiableObservableList(running);
    }

    /** The most recently started job still running, or null. */
    public ReadOnlyObjectProperty<Task<?>> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /**
     * Stops the workers: jobs already queued (such as saving settings on close) get a moment to
     * finish, then running ones are interrupted.
     */
    public void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(3, java.util.concurrent.TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void finished(Task<?> task) {
        running.remove(task);
        latest.set(running.isEmpty() ? null : running.get(running.size() - 1));
    }

    /** A task that hands its work a {@link Progress} backed by the task's own update methods. */
    private static final class ProgressTask<T> extends Task<T> implements Progress {
        private final Work<T> work;

        ProgressTask(String title, Work<T> work) {
            this.work = work;
            updateTitle(title);
            updateMessage(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total, String message) {
            updateProgress(done, total);
            if (message != null) {
                updateMessage(message);
            }
        }
    }
}
