package org.memolens.app;

import java.util.function.Consumer;

/** A {@link TaskRunner} that runs each job at once on the calling thread: for tests and scripts. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
