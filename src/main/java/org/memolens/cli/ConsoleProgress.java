package org.memolens.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.memolens.app.Progress;

/**
 * Progress of a long command on stderr, so stdout stays clean for the table, CSV or JSON. On a
 * terminal: one bar redrawn in place with count, rate and time left. Otherwise (a log file, a
 * pipe): a plain line every few seconds. Thread-safe; cancelled by {@link #cancel()} (Ctrl-C).
 */
final class ConsoleProgress implements Progress {

    private static final long BAR_INTERVAL_NANOS = 100_000_000L;
    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 28;

    private final PrintWriter err;
    private final boolean terminal;
    private final String unit;
    private final long start = System.nanoTime();
    private volatile boolean cancelled;
    private long lastDraw = System.nanoTime();
    private boolean barShown;
    private long done;
    private long total;

    ConsoleProgress(PrintWriter err, boolean terminal, String unit) {
        this.err = err;
        this.terminal = terminal;
        this.unit = unit;
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        this.done = done;
        this.total = total;
        long now = System.nanoTime();
        if (terminal && (now - lastDraw >= BAR_INTERVAL_NANOS || done == total)) {
            err.print("\r" + bar() + "\u001b[K");
            err.flush();
            barShown = true;
            lastDraw = now;
        } else if (!terminal && now - lastDraw >= LINE_INTERVAL_NANOS) {
            err.println("memolens: " + status());
            lastDraw = now;
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }

    /** Prints a whole line on stderr without breaking the bar. */
    synchronized void println(String line) {
        if (barShown) {
            err.print("\r\u001b[K");
        }
        err.println(line);
        if (barShown) {
            err.print(bar() + "\u001b[K");
        }
        err.flush();
    }

    /** Removes the bar, leaving the terminal as it was. */
    synchronized void finish() {
        if (barShown) {
            err.print("\r\u001b[K");
            err.flush();
            barShown = false;
        }
    }

    private String bar() {
        int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + status();
    }

    private String status() {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && total > done ? duration((total - done) / rate) : "-";
        return String.format(Locale.ROOT, "%d/%d %s (%d%%), %.1f %s/s, ETA %s", done, total, unit,
                total == 0 ? 100 : 100 * done / total, rate, unit, eta);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
