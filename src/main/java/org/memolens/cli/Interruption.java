package org.memolens.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C into a cancellation: the batch stops starting files, stores what it has analysed and
 * returns; the JVM exits once it has (or after a grace period). Without it, Ctrl-C would lose the
 * memos analysed since the last committed transaction (which a rerun would then redo).
 */
final class Interruption implements AutoCloseable {

    private static final long GRACE_SECONDS = 30;

    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);

    private Interruption(ConsoleProgress progress, boolean install) {
        if (install) {
            hook = new Thread(() -> {
                progress.cancel();
                try {
                    finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "memolens-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
        } else {
            hook = null;
        }
    }

    static Interruption cancelOnCtrlC(ConsoleProgress progress, boolean install) {
        return new Interruption(progress, install);
    }

    @Override
    public void close() {
        finished.countDown();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the latch released above
            }
        }
    }
}
