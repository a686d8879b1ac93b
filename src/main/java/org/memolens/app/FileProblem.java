package org.memolens.app;

import java.nio.file.Path;

/** A file that could not be imported, and why, in words for the user. */
public record FileProblem(Path file, String message) {
}
