package org.memolens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives (files and folders) into the memo files to read: a folder is
 * walked recursively for files with an extension a reader supports, in path order, skipping hidden
 * files and folders; a file named explicitly is kept whatever its extension, so that the reader
 * can say why it refuses it.
 */
public final class MemoFiles {

    /** The files found, and the inputs that yielded nothing, with the reason in words for the user. */
    public record Found(List<Path> files, List<Problem> problems) {
        public Found {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** An input path that gave no memo file. */
    public record Problem(Path path, String message) {
    }

    private MemoFiles() {
    }

    public static Found expand(List<Path> inputs) {
        Set<Path> files = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try {
                List<Path> found = walk(input);
                if (found.isEmpty()) {
                    problems.add(new Problem(input, "The folder " + input + " holds no memo files ("
                            + String.join(", ", MemoFileReader.EXTENSIONS.stream().map(e -> "." + e).toList()) + ")."));
                }
                files.addAll(found);
            } catch (IOException | UncheckedIOException e) {
                problems.add(new Problem(input, "Cannot read the folder " + input + ": " + e.getMessage()));
            }
        }
        return new Found(new ArrayList<>(files), problems);
    }

    private static List<Path> walk(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> !p.equals(folder) && !hidden(folder.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(p -> MemoFileReader.EXTENSIONS.contains(MemoFileReader.extension(p.getFileName().toString())))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
