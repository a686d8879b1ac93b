package org.memolens.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.memolens.app.ImportMemos;

/** {@link FileDialogs} with JavaFX's native file choosers. */
public final class FxFileDialogs implements FileDialogs {

    @Override
    public List<Path> openMemos(Window owner, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("open.title"));
        folder(chooser, initialFolder);
        List<String> patterns = ImportMemos.EXTENSIONS.stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("open.filter.memos"), patterns),
                new FileChooser.ExtensionFilter(Messages.get("open.filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveReport(Window owner, Path initialFolder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.title"));
        folder(chooser, initialFolder);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("export.filter.html"), "*.html"),
                new FileChooser.ExtensionFilter(Messages.get("export.filter.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(Messages.get("export.filter.json"), "*.json"));
        return withExtension(chooser, chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> open(Window owner, Path initialFolder, FileKind kind) {
        FileChooser chooser = chooser(Messages.get("file.open." + kind.name()), initialFolder, kind);
        if (kind.extensions().size() > 1) {
            chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter(Messages.get("file.filter." + kind.name()),
                    kind.extensions().stream().map(e -> "*." + e).toList()));
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("open.filter.all"), "*"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> save(Window owner, Path initialFolder, String suggestedName, FileKind kind) {
        FileChooser chooser = chooser(Messages.get("file.save." + kind.name()), initialFolder, kind);
        chooser.setInitialFileName(suggestedName);
        return withExtension(chooser, chooser.showSaveDialog(owner));
    }

    private static FileChooser chooser(String title, Path initialFolder, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        folder(chooser, initialFolder);
        for (String ext : kind.extensions()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter." + ext), "*." + ext));
        }
        return chooser;
    }

    /** The chosen filter names the format when the person typed a name without an extension. */
    private static Optional<Path> withExtension(FileChooser chooser, File file) {
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName();
        if (!name.contains(".") && chooser.getSelectedExtensionFilter() != null) {
            String ext = chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(1);
            file = new File(file.getParentFile(), name + ext);
        }
        return Optional.of(file.toPath());
    }

    private static void folder(FileChooser chooser, Path initialFolder) {
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
    }
}
