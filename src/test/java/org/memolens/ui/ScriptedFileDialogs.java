package org.memolens.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

/**
 * Stands in for the operating system's native file choosers, which a headless robot cannot drive:
 * answers with the files a person would have picked, in order.
 */
final class ScriptedFileDialogs implements FileDialogs {

    final Deque<List<Path>> toOpen = new ArrayDeque<>();
    final Deque<Path> toSave = new ArrayDeque<>();
    /** Files for {@link #open(Window, Path, FileKind)}, in order. */
    final Deque<Path> toOpenOne = new ArrayDeque<>();
    /** The kinds of file asked for, in order. */
    final java.util.List<FileKind> asked = new java.util.ArrayList<>();
    Path lastInitialFolder;

    @Override
    public List<Path> openMemos(Window owner, Path initialFolder) {
        lastInitialFolder = initialFolder;
        return toOpen.isEmpty() ? List.of() : toOpen.pop();
    }

    @Override
    public Optional<Path> saveReport(Window owner, Path initialFolder, String suggestedName) {
        lastInitialFolder = initialFolder;
        return Optional.ofNullable(toSave.poll());
    }

    @Override
    public Optional<Path> open(Window owner, Path initialFolder, FileKind kind) {
        lastInitialFolder = initialFolder;
        asked.add(kind);
        return Optional.ofNullable(toOpenOne.poll());
    }

    @Override
    public Optional<Path> save(Window owner, Path initialFolder, String suggestedName, FileKind kind) {
        lastInitialFolder = initialFolder;
        asked.add(kind);
        return Optional.ofNullable(toSave.poll());
    }
}
