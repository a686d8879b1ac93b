package org.memolens.ui;

import javafx.stage.Stage;

import org.memolens.app.MemoLensCore;
import org.memolens.ui.library.LibraryViewModel;
import org.memolens.ui.memo.MemoViewModel;

/** Builds the desktop object graph by hand, from one opened core: no service locator, no singletons. */
public final class Wiring {

    private Wiring() {
    }

    /** Creates the main window on {@code stage}; call on the FX thread. */
    public static MainWindow mainWindow(Stage stage, MemoLensCore core, FxTaskRunner tasks) {
        ErrorReporter errors = MainWindow.dialogs(stage);
        LibraryViewModel library = new LibraryViewModel(core.browseLibrary(), core.importMemos(), core.analyzeMemos(),
                tasks, errors);
        MemoViewModel memo = new MemoViewModel(core.browseLibrary(), core.analyzeMemos(), tasks, errors);
        return new MainWindow(stage, library, memo, tasks, core.databaseFile().toString());
    }
}
