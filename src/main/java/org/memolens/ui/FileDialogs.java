package org.memolens.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

/**
 * The operating system's file choosers. Behind an interface because a native dialog cannot be
 * driven by a headless test robot: GUI tests give the files a person would have picked.
 */
public interface FileDialogs {

    /** The memo files picked to import, none if cancelled. */
    List<Path> openMemos(Window owner, Path initialFolder);

    /** The file to write a report to (its extension says the format), empty if cancelled. */
    Optional<Path> saveReport(Window owner, Path initialFolder, String suggestedName);

    /** One file of {@code kind} to read, empty if cancelled. */
    Optional<Path> open(Window owner, Path initialFolder, FileKind kind);

    /** The file to write a {@code kind} to (for a codebook its extension says CSV or .qdc), empty if cancelled. */
    Optional<Path> save(Window owner, Path initialFolder, String suggestedName, FileKind kind);
}
