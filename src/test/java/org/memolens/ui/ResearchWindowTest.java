package org.memolens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.memolens.app.MemoLensCore;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.Memo;
import org.memolens.nlp.SharedModels;
import org.memolens.ui.agreement.AgreementRow;
import org.memolens.ui.agreement.DisagreementRow;
import org.memolens.ui.codebook.CodeRow;
import org.memolens.ui.coding.CodingRow;

/**
 * The research workflow driven through the real window headless (Monocle) on a real database:
 * coding with the picker and the number keys as two coders, undo and redo, a suggestion accepted
 * with one key, agreement, the codebook editor and REFI-QDA exchange through scripted file dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class ResearchWindowTest {

    @TempDir
    static Path dir;

    private static MemoLensCore core;
    private static Memo memo;
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void openCore() {
        core = MemoLensCore.open(dir.resolve("research-gui.db"), SharedModels.analyzer(), Clock.systemUTC());
        memo = core.importMemos().importText("Hand-built memo", "Test CEO", null, HandBuilt.TEXT).memo();
    }

    @AfterAll
    static void closeCore() {
        core.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = Wiring.mainWindow(stage, core, new FxTaskRunner(), files, Map.of());
        window.show();
    }

    /** No flow here should end in an error dialog; then the other windows close for the next test. */
    @AfterEach
    void noErrorThenCloseOtherWindows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String error = robot.lookup("#errorDialog").tryQuery().map(n -> ((DialogPane) n).getContentText()).orElse(null);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        assertEquals(null, error, "an error dialog was shown");
    }

    /** Shows the hand-built memo (every analysis layer, frames as suggestions) in coding mode. */
    private StyleClassedTextArea codingMode(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.models().memo().display(memo, HandBuilt.analysis(memo.id())));
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#codingPanel").tryQuery().map(Node::isVisible).orElse(false));
        StyleClassedTextArea area = robot.lookup("#memoText").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().equals(HandBuilt.TEXT) && window.models().coding().codes().size() >= 9);
        return area;
    }

    private void becomeCoder(FxRobot robot, String name) throws TimeoutException {
        robot.clickOn("#addCoder");
        waitFor(() -> robot.lookup("#coderName").tryQuery().isPresent());
        robot.clickOn("#coderName").write(name.substring(0, 1));
        robot.interact(() -> robot.lookup("#coderName").queryTextInputControl().setText(name));
        robot.push(KeyCode.ENTER);
        waitFor(() -> active() != null && active().name().equals(name));
    }

    private Coder active() {
        return window.models().coders().activeProperty().get();
    }

    private void select(FxRobot robot, StyleClassedTextArea area, String quote) {
        int start = HandBuilt.TEXT.indexOf(quote);
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + quote.length());
        });
    }

    private static List<Coding> codings(String coder) {
        long id = core.manageCoders().require(List.of(coder)).get(0).id();
        return core.codingSession().codings(memo.id(), List.of(id));
    }

    @Test
    void codeASpanWithTheCodePickerAndANoteThenUndoAndRedoIt(FxRobot robot) throws TimeoutException {
        StyleClassedTextArea area = codingMode(robot);
        becomeCoder(robot, "Ann");
        select(robot, area, "we failed you");
        robot.push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#pickerFilter").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("responsib");
        ListView<?> shown = robot.lookup("#pickerList").queryListView();
        waitFor(() -> shown.getItems().size() == 2);
        robot.push(KeyCode.TAB).write("owns it").push(KeyCode.ENTER);

        waitFor(() -> codings("Ann").size() == 1);
        Coding coded = codings("Ann").get(0);
        assertEquals(List.of("ACCOUNTABILITY", "we failed you", "owns it"),
                List.of(coded.code(), coded.quote(), coded.note()));
        TableView<CodingRow> table = robot.lookup("#codingTable").queryTableView();
        waitFor(() -> rows(table, "Ann") == 1);
        waitFor(() -> area.getStyleAtPosition(HandBuilt.TEXT.indexOf("failed") + 1).contains("code-ACCOUNTABILITY"));
        waitFor(() -> window.models().undo().undoLabelProperty().get().equals("Undo code “we failed you” as ACCOUNTABILITY"));

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> codings("Ann").isEmpty() && rows(table, "Ann") == 0);
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> codings("Ann").size() == 1 && rows(table, "Ann") == 1);
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> codings("Ann").isEmpty());
        robot.push(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> codings("Ann").size() == 1 && "owns it".equals(codings("Ann").get(0).note()));
    }

    @Test
    void aSecondCoderCodesWithANumberKeyAndTheViewShowsOneCoderOrAll(FxRobot robot) throws TimeoutException {
        StyleClassedTextArea area = codingMode(robot);
        becomeCoder(robot, "Bea");
        select(robot, area, "workforce optimization");
        robot.push(KeyCode.DIGIT2);
        String second = window.models().coding().codes().get(1).id();
        waitFor(() -> codings("Bea").size() == 1 && codings("Bea").get(0).code().equals(second));
        becomeCoder(robot, "Bob");
        select(robot, area, "200 roles will be eliminated");
        robot.push(KeyCode.DIGIT2);
        waitFor(() -> codings("Bob").size() == 1);

        TableView<CodingRow> table = robot.lookup("#codingTable").queryTableView();
        waitFor(() -> table.getItems().stream().map(CodingRow::coderName).toList().containsAll(List.of("Bea", "Bob")));
        robot.clickOn("#showCoders");
        robot.clickOn(robot.lookup(".context-menu .label").match(n -> n instanceof Labeled l && "Bob".equals(l.getText()))
                .queryAs(Node.class));
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().stream().noneMatch(r -> r.coderName().equals("Bob")));
        assertTrue(robot.lookup("#showCoders").queryAs(javafx.scene.control.MenuButton.class).getText().startsWith("Show: "));
        robot.interact(() -> window.models().coding().showAllCodersProperty().set(true));

        ComboBox<Coder> choice = robot.lookup("#coderChoice").queryComboBox();
        Coder bea = choice.getItems().stream().filter(c -> c.name().equals("Bea")).findFirst().orElseThrow();
        robot.interact(() -> choice.setValue(bea));
        waitFor(() -> active().name().equals("Bea") && core.manageCoders().active().orElseThrow().name().equals("Bea"));
    }

    @Test
    void aSuggestionIsAcceptedWithOneKeyAndAnotherRejectedWithOne(FxRobot robot) throws TimeoutException {
        StyleClassedTextArea area = codingMode(robot);
        becomeCoder(robot, "Cy");
        ListView<?> suggestions = robot.lookup("#suggestionList").queryListView();
        waitFor(() -> suggestions.getItems().size() == 4);
        waitFor(() -> area.getStyleAtPosition(2).contains("suggestion"));
        robot.interact(area::requestFocus);
        robot.push(KeyCode.N);
        waitFor(() -> window.models().coding().currentSuggestionProperty().get() == 0
                && area.getStyleAtPosition(2).contains("suggestion-current"));
        robot.push(KeyCode.A);
        waitFor(() -> codings("Cy").size() == 1 && suggestions.getItems().size() == 3);
        assertEquals(List.of("OPPORTUNITY", "Dear team, we are excited about our future."),
                List.of(codings("Cy").get(0).code(), codings("Cy").get(0).quote()));
        robot.push(KeyCode.R);
        waitFor(() -> suggestions.getItems().size() == 2);
        assertEquals(1, codings("Cy").size(), "a rejection codes nothing");
    }

    @Test
    void agreementIsComputedInItsWindowAndADisagreementOpensInTheMemoView(FxRobot robot) throws TimeoutException {
        Coder dee = core.manageCoders().add("Dee");
        Coder eve = core.manageCoders().add("Eve");
        core.codingSession().addAs(dee.id(), memo.id(), "EFFICIENCY", span("workforce optimization"), "");
        core.codingSession().addAs(eve.id(), memo.id(), "EFFICIENCY", span("200 roles"), "");
        core.codingSession().addAs(eve.id(), memo.id(), "CARE_SUPPORT", span("severance"), "");
        robot.interact(() -> window.models().coders().reload());
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> robot.lookup("#computeAgreement").tryQuery().isPresent()
                && window.models().agreement().raters().size() >= 2);
        robot.interact(() -> window.models().agreement().raters().forEach(c -> c.chosenProperty().set(
                c.value().name().equals("Dee") || c.value().name().equals("Eve"))));
        robot.clickOn("#computeAgreement");
        TableView<AgreementRow> table = robot.lookup("#agreementTable").queryTableView();
        waitFor(() -> table.getItems().size() == 3);
        AgreementRow efficiency = table.getItems().get(0);
        assertEquals(List.of("efficiency and cost", "4", "100.0%", "1.000"),
                List.of(efficiency.name(), efficiency.units(), efficiency.percent(), efficiency.cohen()));
        assertEquals("Overall (all codes pooled)", table.getItems().get(2).name());
        TableView<DisagreementRow> differ = robot.lookup("#disagreementTable").queryTableView();
        waitFor(() -> differ.getItems().size() == 1 && differ.getColumns().size() == 5);
        assertEquals(List.of("", "care and support"), differ.getItems().get(0).codes());

        waitFor(() -> robot.lookup("#disagreementTable .table-row-cell").tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#disagreementTable .table-row-cell").nth(0).queryAs(Node.class));
        StyleClassedTextArea area = robot.lookup("#memoText").queryAs(StyleClassedTextArea.class);
        waitFor(() -> "We will support everyone affected with severance.".equals(area.getSelectedText()));
        assertEquals(3, window.models().memo().selectedIndexProperty().get());
    }

    @Test
    void theCodebookEditorAddsRenamesMergesAndDeletesACodeWithItsCodings(FxRobot robot) throws TimeoutException {
        Coder fay = core.manageCoders().add("Fay");
        robot.push(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#codeTree").tryQuery().isPresent());
        TreeView<CodeRow> tree = robot.lookup("#codeTree").queryAs(TreeView.class);
        robot.clickOn("#addCode");
        waitFor(() -> robot.lookup("#newCodeName").tryQuery().isPresent());
        name(robot, "job security");
        waitFor(() -> selectedCode(tree).equals("JOB_SECURITY"));

        robot.push(KeyCode.F2);
        waitFor(() -> robot.lookup("#newCodeName").tryQuery().isPresent());
        assertEquals("job security", robot.lookup("#newCodeName").queryTextInputControl().getText());
        name(robot, "job (in)security");
        waitFor(() -> core.manageCodebook().current().find("JOB_SECURITY").orElseThrow().name().equals("job (in)security"));

        robot.clickOn("#addCode");
        waitFor(() -> robot.lookup("#newCodeName").tryQuery().isPresent());
        name(robot, "wage cuts");
        waitFor(() -> selectedCode(tree).equals("WAGE_CUTS"));
        core.codingSession().addAs(fay.id(), memo.id(), "WAGE_CUTS", span("200 roles"), "cuts");
        robot.clickOn("#mergeCode");
        waitFor(() -> robot.lookup("#mergeTarget").tryQuery().isPresent());
        ComboBox<CodeRow> target = robot.lookup("#mergeTarget").queryComboBox();
        robot.interact(() -> target.setValue(target.getItems().stream().filter(r -> r.id().equals("JOB_SECURITY")).findFirst()
                .orElseThrow()));
        robot.clickOn(button(robot, "#mergeDialog", "Merge"));
        waitFor(() -> core.manageCodebook().current().find("WAGE_CUTS").isEmpty());
        assertEquals(List.of("JOB_SECURITY"), codings("Fay").stream().map(Coding::code).toList());
        waitFor(() -> robot.lookup("#codebookStatus").queryLabeled().getText().contains("1 coding(s) moved"));

        robot.interact(() -> tree.getSelectionModel().select(find(tree, "JOB_SECURITY")));
        robot.clickOn("#deleteCode");
        waitFor(() -> robot.lookup("#deleteCodings").tryQuery().isPresent());
        robot.clickOn("#deleteCodings");
        robot.clickOn(button(robot, "#deleteDialog", "Delete code"));
        waitFor(() -> core.manageCodebook().current().find("JOB_SECURITY").isEmpty());
        assertTrue(codings("Fay").isEmpty(), "its codings were deleted with it");
        waitFor(() -> window.models().coding().codes().stream().noneMatch(r -> r.id().equals("JOB_SECURITY")));
        assertTrue(core.manageCodebook().history().size() >= 5);
    }

    @Test
    void aProjectIsExportedAndImportedThroughTheFileMenu(FxRobot robot) throws Exception {
        Coder gus = core.manageCoders().add("Gus");
        Coding kept = core.codingSession().addAs(gus.id(), memo.id(), "PROCEDURE", span("severance"), "logistics");
        Path file = dir.resolve("exchange/study.qdpx");
        Files.createDirectories(file.getParent());
        files.toSave.push(file);
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> Files.exists(file) && robot.lookup("#libraryNotice").queryLabeled().getText().startsWith("Exported"));
        assertEquals(List.of(FileKind.PROJECT), files.asked);

        core.codingSession().remove(kept.id());
        files.toOpenOne.push(file);
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> robot.lookup("#importReport").tryQuery().isPresent());
        String report = robot.lookup("#importReport").queryAs(DialogPane.class).getContentText();
        assertTrue(report.startsWith("Imported: 1 coding(s) added"), report);
        List<Coding> back = codings("Gus");
        assertEquals(List.of("PROCEDURE", "severance", "logistics"), List.of(back.get(0).code(), back.get(0).quote(),
                back.get(0).note()));
        assertEquals(dir.resolve("exchange").toAbsolutePath(), window.settings().lastFolder().orElseThrow());
    }

    /** Types the first letter of a name into the name dialog, sets the rest at once (typing is slow), and presses Enter. */
    private static void name(FxRobot robot, String name) {
        var field = robot.lookup("#newCodeName").queryTextInputControl();
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(name.substring(0, 1));
        robot.interact(() -> field.setText(name));
        robot.push(KeyCode.ENTER);
    }

    private static long rows(TableView<CodingRow> table, String coder) {
        return table.getItems().stream().filter(r -> r.coderName().equals(coder)).count();
    }

    private static org.memolens.domain.TextSpan span(String quote) {
        return ResearchCore.span(HandBuilt.TEXT, quote);
    }

    private static String selectedCode(TreeView<CodeRow> tree) {
        var item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? "" : item.getValue().id();
    }

    private static javafx.scene.control.TreeItem<CodeRow> find(TreeView<CodeRow> tree, String code) {
        java.util.Deque<javafx.scene.control.TreeItem<CodeRow>> todo = new java.util.ArrayDeque<>(List.of(tree.getRoot()));
        while (!todo.isEmpty()) {
            var item = todo.pop();
            if (item.getValue() != null && item.getValue().id().equals(code)) {
                return item;
            }
            todo.addAll(item.getChildren());
        }
        throw new AssertionError("no code " + code);
    }

    private static Node button(FxRobot robot, String dialog, String text) {
        return robot.lookup(dialog + " .button").match(n -> n instanceof Button b && b.getText().equals(text)).queryAs(Node.class);
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
