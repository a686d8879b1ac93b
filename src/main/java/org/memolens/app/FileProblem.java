package org.memolens.app;

import java.nio.file.Path;

/**
 * A file that could not be imported or analysed, and why, in words for the user.
 *
 * @param internal true when MemoLens failed on it (a bug), false when the file itself is at fault
 */
public record FileProblem(Path file, String message, boolean internal) {

    public FileProblem(Path file, String message) {
        this(file, message, false);
    }
}
