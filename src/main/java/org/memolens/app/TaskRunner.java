package org.memolens.app;

import java.util.function.Consumer;

/**
 * Runs slow work (SQL, files, models, inference) away from the caller's thread and hands the
 * result back on it. The desktop implementation runs jobs on background threads and calls back on
 * the JavaFX thread; {@link DirectTaskRunner} runs everything inline, for tests.
 */
public interface TaskRunner {

    /**
     * Starts {@code work}; exactly one of {@code onSuccess} or {@code onFailure} is called later,
     * unless the job is cancelled first.
     *
     * @param title shown to the user while the job runs
     */
    <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** A unit of slow work that may report progress. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** A started job. */
    interface Job {
        void cancel();
    }
}
