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
}
