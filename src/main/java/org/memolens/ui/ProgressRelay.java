package org.memolens.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.memolens.app.Progress;

/**
 * Shows a worker's progress in a window of its own (a progress bar and a message) as well as in the
 * status bar. Like {@code Task.updateProgress}, it keeps only the latest value and has at most one
 * hop to the FX thread pending, so a job reporting thousands of items does not flood the FX thread.
 *
 * <p>{@link #wrap} may be used from any thread; the properties change on the FX thread (through
 * the executor given, {@code Platform::runLater} in the desktop).
 */
public final class ProgressRelay {

    private record Update(double fraction, String message) {
    }

    private final Executor fxThread;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicReference<Update> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();

    public ProgressRelay(Executor fxThread) {
        this.fxThread = fxThread;
    }

    /** From 0 to 1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Starts showing a new job: an indeterminate bar with its title. Call on the FX thread. */
    public void start(String title) {
        latest.set(null);
        progress.set(-1);
        message.set(title);
    }

    /** Shows the job as ended with a closing message (empty to clear). Call on the FX thread. */
    public void finish(String closing) {
        latest.set(null);
        progress.set(0);
        message.set(closing);
    }

    /** A progress that reports to {@code inner} (the status bar) and to this relay. */
    public Progress wrap(Progress inner) {
        return new Progress() {
            @Override
            public void update(long done, long total, String text) {
                inner.update(done, total, text);
                latest.set(new Update(total <= 0 ? -1 : Math.min(1, (double) done / total), text));
                if (pending.compareAndSet(false, true)) {
                    fxThread.execute(ProgressRelay.this::flush);
                }
            }

            @Override
            public boolean isCancelled() {
                return inner.isCancelled();
            }
        };
    }

    private void flush() {
        pending.set(false);
        Update u = latest.getAndSet(null);
        if (u != null) {
            progress.set(u.fraction());
            if (u.message() != null) {
                message.set(u.message());
            }
        }
    }
}
