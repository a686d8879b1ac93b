package org.memolens.ui;

import java.nio.file.Path;
import java.util.Map;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.memolens.app.MemoLensCore;
import org.memolens.app.SettingsFile;
import org.memolens.domain.MemoLensException;

/**
 * The desktop application. The database is opened in {@link #init()}, which JavaFX runs on the
 * launcher thread, so the FX thread never waits for file I/O; a database that cannot be opened is
 * reported in a dialog and the application quits without touching it.
 */
public final class MemoLensApp extends Application {

    /**
     * Held so the setting sticks: JavaFX warns that it was loaded from the class path, which is how
     * the runnable jar works by design; real problems are still logged.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private MemoLensCore core;
    private Map<String, String> settings = Map.of();
    private RuntimeException openFailure;
    private FxTaskRunner tasks;

    /**
     * Starts the desktop; returns when the last window closes.
     *
     * @throws MemoLensException if no window can be opened (no display, no GTK), saying what to do
     */
    public static void launchDesktop(String[] args) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(MemoLensApp.class, args);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof UnsupportedOperationException) {
                throw new MemoLensException(MemoLensException.Fix.ENVIRONMENT, Messages.get("error.noWindow",
                        root.getMessage()), e);
            }
            throw e;
        }
    }

    public static void main(String[] args) {
        launchDesktop(args);
    }

    @Override
    public void init() {
        Path dbFile = MemoLensCore.defaultDatabaseFile(System.getenv(), System.getProperty("user.home"));
        try {
            core = MemoLensCore.open(dbFile);
            settings = SettingsFile.besideDatabase(core.databaseFile()).load();
        } catch (RuntimeException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, UserMessages.describe(openFailure));
            alert.setTitle("MemoLens");
            alert.setHeaderText(Messages.get("error.database.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        tasks = new FxTaskRunner();
        Wiring.mainWindow(stage, core, tasks, new FxFileDialogs(), settings).show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (core != null) {
            core.close();
        }
    }
}
