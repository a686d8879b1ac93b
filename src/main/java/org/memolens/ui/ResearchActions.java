package org.memolens.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.memolens.app.ExchangeQdpx;
import org.memolens.domain.LibraryEntry;
import org.memolens.domain.TextSpan;
import org.memolens.ui.agreement.AgreementWindow;
import org.memolens.ui.codebook.CodebookWindow;
import org.memolens.ui.coding.CoderDialogs;
import org.memolens.ui.coding.CodingPanel;
import org.memolens.ui.coding.TextCoding;
import org.memolens.ui.memo.LoadedMemo;
import org.memolens.ui.memo.MemoView;
import org.memolens.ui.models.ModelChoiceDialog;
import org.memolens.ui.models.TrainingWindow;

/**
 * What the research menus do: coding mode in the memo view (its side panel and keys), the coders,
 * the codebook, agreement and training windows (each made once, then shown again), REFI-QDA and
 * CSV exchange through the file dialogs, and re-analysing a memo with a chosen frame model.
 *
 * <p>Use on the FX thread.
 */
final class ResearchActions {

    private final Stage stage;
    private final ViewModels models;
    private final MemoView memoView;
    private final TabPane tabs;
    private final FileDialogs files;
    private final WindowSettings settings;
    private final Appearance appearance;
    private final ErrorReporter errors;
    private final Tab codingTab;
    private final BooleanBinding codingMode;
    private final TextCoding textCoding;
    private CodebookWindow codebookWindow;
    private AgreementWindow agreementWindow;
    private TrainingWindow trainingWindow;

    ResearchActions(Stage stage, ViewModels models, MemoView memoView, TabPane tabs, FileDialogs files,
            WindowSettings settings, Appearance appearance, ErrorReporter errors) {
        this.stage = stage;
        this.models = models;
        this.memoView = memoView;
        this.tabs = tabs;
        this.files = files;
        this.settings = settings;
        this.appearance = appearance;
        this.errors = errors;
        codingTab = new Tab(Messages.get("memo.tab.coding"));
        codingTab.setId("sideCoding");
        codingMode = Bindings.equal(codingTab, memoView.sideTabs().getSelectionModel().selectedItemProperty());
        textCoding = new TextCoding(memoView.text(), memoView, models.coding(), models.coders(), codingMode);
        codingTab.setContent(new CodingPanel(models.coding(), models.coders(), textCoding));
        Label legend = new Label(Messages.get("coding.legend"));
        legend.getStyleClass().add("coding-legend");
        legend.setWrapText(true);
        memoView.addSideTab(codingTab, legend);
        models.agreement().setOpener(this::openSentence);
    }

    BooleanBinding codingModeProperty() {
        return codingMode;
    }

    /** The analysis tab with the coding panel in front and the text focused. */
    void codingMode() {
        tabs.getSelectionModel().select(MainActions.ANALYSIS_TAB);
        memoView.sideTabs().getSelectionModel().select(codingTab);
        memoView.focusText();
    }

    void codeSelection() {
        codingMode();
        textCoding.openPicker();
    }

    void addCoder() {
        CoderDialogs.addCoder(stage, models.coders());
    }

    void renameCoder() {
        CoderDialogs.renameActive(stage, models.coders());
    }

    void openCodebook() {
        if (codebookWindow == null) {
            codebookWindow = new CodebookWindow(stage, models.codebook(),
                    () -> remember(files.open(stage, folder(), FileKind.CODEBOOK)),
                    name -> remember(files.save(stage, folder(), name, FileKind.CODEBOOK)), appearance::applyTo);
        }
        codebookWindow.show();
    }

    void openAgreement() {
        if (agreementWindow == null) {
            agreementWindow = new AgreementWindow(stage, models.agreement(), appearance::applyTo);
        }
        agreementWindow.show();
    }

    void openTraining() {
        if (trainingWindow == null) {
            trainingWindow = new TrainingWindow(stage, models.training(), this::analyseWith, appearance::applyTo);
        }
        trainingWindow.show();
    }

    /** Asks which frame model should analyse the memo on show, then analyses it again with that model. */
    void chooseModel() {
        LoadedMemo memo = models.memo().loadedProperty().get();
        if (memo == null) {
            errors.report(Messages.get("select.title"), Messages.get("select.one"));
            return;
        }
        ModelChoiceDialog.ask(stage, models.models(), memo.memo().title()).ifPresent(this::analyseWith);
    }

    void exportProject() {
        List<Long> chosen = models.library().selection().stream().map(LibraryEntry::id).toList();
        List<Long> memoIds = chosen.size() > 1 ? chosen : List.of();
        remember(files.save(stage, folder(), "memolens-project.qdpx", FileKind.PROJECT))
                .ifPresent(file -> models.exchange().exportProject(file, memoIds));
    }

    void importProject() {
        remember(files.open(stage, folder(), FileKind.PROJECT))
                .ifPresent(file -> models.exchange().importProject(file, this::showImport));
    }

    void exportCodings() {
        remember(files.save(stage, folder(), "codings.csv", FileKind.CODINGS))
                .ifPresent(models.exchange()::exportCodings);
    }

    /** Shows a sentence of a memo in the memo view (from the agreement window's disagreements). */
    void openSentence(long memoId, TextSpan span) {
        tabs.getSelectionModel().select(MainActions.ANALYSIS_TAB);
        models.memo().showAt(memoId, span);
        stage.toFront();
    }

    private void analyseWith(String modelName) {
        LoadedMemo memo = models.memo().loadedProperty().get();
        if (memo == null) {
            errors.report(Messages.get("select.title"), Messages.get("select.one"));
            return;
        }
        models.models().reanalyse(memo.memo().id(), modelName, (m, analysis) -> {
            models.memo().display(m, analysis);
            models.library().announce(Messages.get("notice.reanalysed", m.title(), modelName));
            models.library().refresh();
        });
    }

    private void showImport(ExchangeQdpx.ImportReport report) {
        StringBuilder text = new StringBuilder(org.memolens.ui.exchange.ExchangeViewModel.summary(report));
        if (!report.warnings().isEmpty()) {
            text.append("\n\n").append(Messages.get("exchange.warnings", report.warnings().size()));
            report.warnings().stream().limit(20).forEach(w -> text.append("\n• ").append(w));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text.toString(), ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("exchange.import.title"));
        alert.setHeaderText(Messages.get("exchange.import.title"));
        alert.getDialogPane().setId("importReport");
        alert.show();
    }

    private Path folder() {
        return settings.lastFolder().orElse(null);
    }

    private Optional<Path> remember(Optional<Path> chosen) {
        chosen.ifPresent(p -> settings.setLastFolder(p.toAbsolutePath().getParent()));
        return chosen;
    }
}
