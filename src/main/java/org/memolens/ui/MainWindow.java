package org.memolens.ui;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.memolens.app.ExportReports;
import org.memolens.app.SettingsFile;
import org.memolens.ui.compare.CompareView;
import org.memolens.ui.library.LibraryView;
import org.memolens.ui.memo.MemoView;
import org.memolens.ui.reading.ReadingView;

/**
 * The main window: menus, the library on the left, and on the right the memo on show (analysis or
 * reading mode) or a comparison; a status bar with progress and cancel. Remembers its layout.
 */
public final class MainWindow {

    private final Stage stage;
    private final ViewModels models;
    private final WindowSettings settings;

    MainWindow(Stage stage, ViewModels models, FxTaskRunner tasks, FileDialogs files, WindowSettings settings,
            SettingsFile settingsFile, Appearance appearance, ExportReports exports, ErrorReporter errors,
            String databaseFile) {
        this.stage = stage;
        this.models = models;
        this.settings = settings;
        LibraryView libraryView = new LibraryView(models.library());
        MemoView memoView = new MemoView(models.memo());
        CompareView compareView = new CompareView(models.compare());
        TabPane tabs = new TabPane(tab("tabAnalysis", "tab.analysis", memoView),
                tab("tabReading", "tab.reading", new ReadingView(models.reading())),
                tab("tabCompare", "tab.compare", compareView));
        tabs.setId("mainTabs");
        models.library().selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                models.memo().clear();
            } else if (old == null || old.id() != now.id()) {
                models.memo().show(now.id());
            }
        });

        MainActions actions = new MainActions(stage, models, tabs, files, settings, exports, tasks, errors);
        ResearchActions research = new ResearchActions(stage, models, memoView, tabs, files, settings, appearance, errors);
        libraryView.setContextMenu(AppMenus.libraryMenu(actions, models));
        SplitPane split = new SplitPane(libraryView, tabs);
        split.setId("mainSplit");

        BorderPane root = new BorderPane(split);
        root.setTop(AppMenus.menuBar(stage, actions, research, models, appearance, libraryView));
        root.setBottom(new StatusBarView(tasks, models.library(), databaseFile));

        stage.setTitle("MemoLens");
        stage.setScene(new Scene(root, 1280, 800));
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                models.undo()::redo);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        appearance.darkProperty().set(settings.flag("theme.dark"));
        appearance.zoomProperty().set(settings.number("zoom", 1));
        appearance.darkProperty().addListener((obs, o, n) -> settings.put("theme.dark", n));
        appearance.zoomProperty().addListener((obs, o, n) -> settings.put("zoom", n.doubleValue()));
        appearance.applyTo(stage.getScene());
        settings.restore(stage);
        settings.track("main", split, 0.40);
        settings.track("memo", memoView.split(), 0.62);
        settings.track("compare", compareView.split(), 0.5);
        stage.setOnCloseRequest(e -> {
            settings.capture(stage);
            var values = settings.snapshot();
            tasks.run(Messages.get("task.settings"), progress -> {
                settingsFile.save(values);
                return Boolean.TRUE;
            }, ok -> { }, error -> { });
        });
    }

    public void show() {
        stage.show();
        models.library().start();
        models.codebook().reload();
        models.coders().reload();
    }

    /** The view models behind this window (for tests that drive it). */
    ViewModels models() {
        return models;
    }

    WindowSettings settings() {
        return settings;
    }

    private static Tab tab(String id, String key, javafx.scene.Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** The desktop's {@link ErrorReporter}: a dialog in front of the main window that says what to do. */
    static ErrorReporter dialogs(Stage owner) {
        return (title, message) -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle(title);
            alert.setHeaderText(title);
            alert.setContentText(message);
            alert.getDialogPane().setId("errorDialog");
            alert.getDialogPane().setMinWidth(480);
            alert.show();
        };
    }
}
