package org.memolens.ui;

import java.util.Map;
import java.util.concurrent.Executor;

import javafx.application.Platform;

import javafx.stage.Stage;

import org.memolens.app.MemoLensCore;
import org.memolens.app.SettingsFile;
import org.memolens.ui.agreement.AgreementViewModel;
import org.memolens.ui.codebook.CodebookViewModel;
import org.memolens.ui.coding.CodersViewModel;
import org.memolens.ui.coding.CodingViewModel;
import org.memolens.ui.compare.CompareViewModel;
import org.memolens.ui.exchange.ExchangeViewModel;
import org.memolens.ui.models.ModelChoiceViewModel;
import org.memolens.ui.models.TrainingViewModel;
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
        Executor fxThread = Platform::runLater;
        CodersViewModel coders = new CodersViewModel(core.manageCoders(), tasks, errors);
        CodebookViewModel codebook = new CodebookViewModel(core.manageCodebook(), tasks, errors);
        UndoHistory undo = new UndoHistory(core.codingSession(), library, tasks, fxThread, errors);
        undo.doneProperty().addListener((obs, o, done) -> library.announce(done));
        CodingViewModel coding = new CodingViewModel(core.codingSession(), core.frameSuggestions(), coders,
                codebook.codebookProperty(), memo.loadedProperty(), tasks, fxThread, errors, undo::codingPerformed);
        AgreementViewModel agreement = new AgreementViewModel(core.computeAgreement(), core.browseLibrary(), coders,
                codebook.codebookProperty(), tasks, fxThread, errors);
        TrainingViewModel training = new TrainingViewModel(core.trainFrameModel(), coders, codebook.codebookProperty(), tasks,
                fxThread, errors);
        ModelChoiceViewModel models = new ModelChoiceViewModel(core.userModels(), core.analyzeMemos(), core.browseLibrary(),
                codebook.codebookProperty(), tasks, errors);
        ExchangeViewModel exchange = new ExchangeViewModel(core.exchangeQdpx(), core.exportCodings(), tasks, errors,
                library::announce, () -> {
                    library.refresh();
                    codebook.reload();
                    coders.reload();
                    coding.reload();
                });
        ViewModels all = new ViewModels(library, memo, compare, reading, coders, codebook, coding, undo, agreement, training,
                models, exchange);
        return new MainWindow(stage, all, tasks, files,
                new WindowSettings(settings), SettingsFile.besideDatabase(core.databaseFile()), new Appearance(),
                core.exportReports(), errors, core.databaseFile().toString());
    }
}
