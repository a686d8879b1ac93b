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
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        // The chosen filter names the format when the person typed a name without an extension.
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
