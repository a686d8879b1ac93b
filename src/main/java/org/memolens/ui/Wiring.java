package org.memolens.ui;

import java.util.Map;

import javafx.stage.Stage;

import org.memolens.app.MemoLensCore;
import org.memolens.app.SettingsFile;
import org.memolens.ui.compare.CompareViewModel;
import org.memolens.ui.library.LibraryViewModel;
import org.memolens.ui.memo.MemoViewModel;
import org.memolens.ui.reading.ReadingViewModel;

/** Builds the desktop object graph by hand, from one opened core: no service locator, no singletons. */
public final class Wiring {

    private Wiring() {
    }

    /** The main window with native file dialogs and default settings; call on the FX thread. */
    public static MainWindow mainWindow(Stage stage, MemoLensCore core, FxTaskRunner tasks) {
        return mainWindow(stage, core, tasks, new FxFileDialogs(), Map.of());
    }

    /**
     * The main window; call on the FX thread.
     *
     * @param settings the values read from the settings file beside the database (read off the FX thread)
     */
    public static MainWindow mainWindow(Stage stage, MemoLensCore core, FxTaskRunner tasks, FileDialogs files,
            Map<String, String> settings) {
        ErrorReporter errors = MainWindow.dialogs(stage);
        LibraryViewModel library = new LibraryViewModel(core.browseLibrary(), core.organizeLibrary(), core.importMemos(),
                core.analyzeMemos(), core.codebook(), tasks, errors);
        MemoViewModel memo = new MemoViewModel(core.browseLibrary(), core.analyzeMemos(), core.codebook(), tasks, errors);
        CompareViewModel compare = new CompareViewModel(core.compareMemos(), core.codebook(), tasks, errors);
        ReadingViewModel reading = new ReadingViewModel(memo.loadedProperty());
        return new MainWindow(stage, new ViewModels(library, memo, compare, reading), tasks, files,
                new WindowSettings(settings), SettingsFile.besideDatabase(core.databaseFile()), new Appearance(),
                core.exportReports(), errors, core.databaseFile().toString());
    }
}
