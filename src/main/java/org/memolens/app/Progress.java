package org.memolens.app;

/**
 * How a long use case reports progress and learns that it should stop. Implementations must be
 * cheap and thread-safe: they are called from worker threads, once per unit of work.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units finished; {@code message} says what is happening. */
    void update(long done, long total, String message);

    /** True once the user asked to stop; the use case then stops at the next unit boundary. */
    boolean isCancelled();
}
