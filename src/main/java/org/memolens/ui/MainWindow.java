package org.memolens.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.controlsfx.control.StatusBar;

import org.memolens.ui.library.LibraryView;
import org.memolens.ui.library.LibraryViewModel;
import org.memolens.ui.library.PasteMemoDialog;
import org.memolens.ui.memo.MemoView;
import org.memolens.ui.memo.MemoViewModel;

/** The main window: menus, the library on the left, the selected memo on the right, a status bar. */
public final class MainWindow {

    private final Stage stage;
    private final LibraryViewModel library;
    private final LibraryView libraryView;

    MainWindow(Stage stage, LibraryViewModel library, MemoViewModel memo, FxTaskRunner tasks, String databaseFile) {
        this.stage = stage;
        this.library = library;
        this.libraryView = new LibraryView(library);
        MemoView memoView = new MemoView(memo);
        library.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                memo.clear();
            } else if (old == null || old.id() != now.id()) {
                memo.show(now.id());
            }
        });

        SplitPane split = new SplitPane(libraryView, memoView);
        split.setDividerPositions(0.38);

        BorderPane root = new BorderPane(split);
        root.setTop(menuBar());
        root.setBottom(statusBar(tasks, databaseFile));

        stage.setTitle("MemoLens");
        stage.setScene(new Scene(root, 1200, 760));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }

    public void show() {
        stage.show();
        library.refresh();
    }

    private MenuBar menuBar() {
        MenuItem paste = item(Messages.get("menu.file.paste"), "Shortcut+N", this::pasteMemo);
        paste.setId("menuPaste");
        MenuItem open = item(Messages.get("menu.file.open"), "Shortcut+O", this::openFiles);
        open.setId("menuOpen");
        MenuItem search = item(Messages.get("menu.edit.find"), "Shortcut+F", libraryView::focusSearch);
        MenuItem quit = item(Messages.get("menu.file.quit"), "Shortcut+Q", stage::close);
        Menu file = new Menu(Messages.get("menu.file"), null, paste, open, new javafx.scene.control.SeparatorMenuItem(), quit);
        Menu edit = new Menu(Messages.get("menu.edit"), null, search);
        return new MenuBar(file, edit);
    }

    private StatusBar statusBar(FxTaskRunner tasks, String databaseFile) {
        StatusBar status = new StatusBar();
        status.setId("statusBar");
        String idle = Messages.get("status.ready", databaseFile);
        status.setText(idle);
        Button cancel = new Button(Messages.get("status.cancel"));
        cancel.setId("cancelTask");
        cancel.setVisible(false);
        status.getRightItems().add(cancel);
        tasks.latestProperty().addListener((obs, old, task) -> {
            status.textProperty().unbind();
            status.progressProperty().unbind();
            if (task == null) {
                status.setText(idle);
                status.setProgress(0);
                cancel.setVisible(false);
            } else {
                status.textProperty().bind(task.messageProperty());
                status.progressProperty().bind(task.progressProperty());
                cancel.setOnAction(e -> task.cancel());
                cancel.setVisible(true);
            }
        });
        return status;
    }

    private void pasteMemo() {
        new PasteMemoDialog(stage).showAndWait()
                .ifPresent(p -> library.paste(p.title(), p.author(), p.date(), p.text()));
    }

    private void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("open.filter.memos"), "*.txt", "*.md", "*.markdown", "*.text"),
                new FileChooser.ExtensionFilter(Messages.get("open.filter.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            List<Path> paths = files.stream().map(File::toPath).toList();
            library.importFiles(paths);
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The desktop's {@link ErrorReporter}: a dialog in front of the main window. */
    static ErrorReporter dialogs(Stage owner) {
        return (title, message) -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle(title);
            alert.setHeaderText(title);
            alert.setContentText(message);
            alert.getDialogPane().setId("errorDialog");
            alert.show();
        };
    }
}
