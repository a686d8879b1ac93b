package org.memolens.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.memolens.app.ExportReports;
import org.memolens.app.TaskRunner;
import org.memolens.domain.LibraryEntry;
import org.memolens.research.Comparison;
import org.memolens.ui.library.CollectionDialog;
import org.memolens.ui.library.MetadataDialog;
import org.memolens.ui.library.PasteMemoDialog;
import org.memolens.ui.memo.Jump;
import org.memolens.ui.memo.LoadedMemo;

/**
 * What the menus, shortcuts and context menus do: open dialogs, then hand the answer to a view
 * model, or write a report through the {@link TaskRunner}. Holds no state of its own.
 *
 * <p>Use on the FX thread.
 */
final class MainActions {

    static final int ANALYSIS_TAB = 0;
    static final int READING_TAB = 1;
    static final int COMPARE_TAB = 2;

    private final Stage stage;
    private final ViewModels models;
    private final TabPane tabs;
    private final FileDialogs files;
    private final WindowSettings settings;
    private final ExportReports exports;
    private final TaskRunner tasks;
    private final ErrorReporter errors;

    MainActions(Stage stage, ViewModels models, TabPane tabs, FileDialogs files, WindowSettings settings,
            ExportReports exports, TaskRunner tasks, ErrorReporter errors) {
        this.stage = stage;
        this.models = models;
        this.tabs = tabs;
        this.files = files;
        this.settings = settings;
        this.exports = exports;
        this.tasks = tasks;
        this.errors = errors;
    }

    void pasteMemo() {
        new PasteMemoDialog(stage).showAndWait()
                .ifPresent(p -> models.library().paste(p.title(), p.author(), p.date(), p.text()));
    }

    void openFiles() {
        List<Path> chosen = files.openMemos(stage, settings.lastFolder().orElse(null));
        if (!chosen.isEmpty()) {
            settings.setLastFolder(chosen.get(0).toAbsolutePath().getParent());
            models.library().importFiles(chosen);
        }
    }

    void editMetadata() {
        LibraryEntry entry = models.library().selectedProperty().get();
        if (entry == null) {
            errors.report(Messages.get("select.title"), Messages.get("select.one"));
            return;
        }
        new MetadataDialog(stage, entry.memo().metadata()).showAndWait()
                .ifPresent(m -> models.library().updateMetadata(entry.id(), m));
    }

    void addToCollection() {
        int count = selectedCount();
        if (count == 0) {
            errors.report(Messages.get("select.title"), Messages.get("select.one"));
            return;
        }
        new CollectionDialog(stage, List.copyOf(models.library().collections()), count).showAndWait()
                .ifPresent(models.library()::addSelectionToCollection);
    }

    void deleteSelection() {
        if (selectedCount() > 0) {
            models.library().deleteSelection();
        }
    }

    void compareSelection() {
        List<Long> ids = models.library().selection().stream().map(LibraryEntry::id).toList();
        if (models.compare().compare(ids)) {
            tabs.getSelectionModel().select(COMPARE_TAB);
        }
    }

    void jump(Jump kind, boolean forward) {
        tabs.getSelectionModel().select(ANALYSIS_TAB);
        models.memo().jump(kind, forward);
    }

    void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** Exports the comparison when the compare tab is in front, else the memo on show. */
    void exportReport() {
        boolean comparing = tabs.getSelectionModel().getSelectedIndex() == COMPARE_TAB;
        Comparison comparison = models.compare().comparisonProperty().get();
        LoadedMemo memo = models.memo().loadedProperty().get();
        if (comparing && comparison == null || !comparing && memo == null) {
            errors.report(Messages.get("export.nothing.title"), Messages.get(comparing ? "export.nothing.compare"
                    : "export.nothing.memo"));
            return;
        }
        String name = (comparing ? "comparison" : slug(memo.memo().title())) + ".html";
        Optional<Path> target = files.saveReport(stage, settings.lastFolder().orElse(null), name);
        if (target.isEmpty()) {
            return;
        }
        settings.setLastFolder(target.get().toAbsolutePath().getParent());
        tasks.run(Messages.get("task.export"), progress -> comparing
                ? exports.writeComparisonReport(comparison, target.get())
                : exports.writeMemoReport(memo.memo(), memo.analysis(), target.get()),
                written -> models.library().announce(Messages.get("notice.exported", written)),
                error -> errors.report(Messages.get("error.export.title"), UserMessages.describe(error)));
    }

    void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("help.shortcuts.text"), ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("help.shortcuts"));
        alert.setHeaderText(Messages.get("help.shortcuts"));
        alert.getDialogPane().setId("shortcutsDialog");
        alert.show();
    }

    private int selectedCount() {
        int n = models.library().selection().size();
        return n > 0 ? n : models.library().selectedProperty().get() == null ? 0 : 1;
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "memo" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
