package org.memolens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.memolens.app.MemoLensCore;
import org.memolens.app.Progress;
import org.memolens.domain.LibraryEntry;
import org.memolens.ingest.Fixtures;
import org.memolens.research.WeightedLogOdds;
import org.memolens.ui.memo.SentenceRow;

/**
 * Drives the real main window headless (Monocle) on a real database and the real models: every
 * flow a person follows, through menus and shortcuts. Native file choosers are the only stand-in.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private static MemoLensCore core;
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void openCore() {
        core = MemoLensCore.open(dir.resolve("gui.db"));
        core.importMemos().importFiles(List.of(Path.of("assets/samples/ai-strategy-memo.txt")), Progress.NONE);
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

    private TableView<LibraryEntry> table(FxRobot robot) {
        return robot.lookup("#libraryTable").queryTableView();
    }

    private LibraryEntry entry(FxRobot robot, String title) throws TimeoutException {
        waitFor(() -> table(robot).getItems().stream().anyMatch(e -> e.title().equals(title)));
        return table(robot).getItems().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void pasteAMemoFindItInTheLibrarySelectItAndReadItsText(FxRobot robot) throws TimeoutException {
        assertEquals("MemoLens", stage.getTitle());
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#pasteText").tryQuery().isPresent());
        robot.clickOn("#pasteTitle").write("Headless memo");
        TextArea text = robot.lookup("#pasteText").queryAs(TextArea.class);
        robot.interact(() -> text.setText("Title: ignored\n\nWe are closing the Leeds office. "
                + "Everyone there will be offered a role in Manchester. Thank you for your patience."));
        robot.clickOn("#pasteAdd");
        entry(robot, "Headless memo");

        robot.clickOn("#librarySearch").write("leeds");
        waitFor(() -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0).title().equals("Headless memo"));
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));

        waitFor(() -> window.models().memo().sentences().size() == 3);
        assertEquals(List.of("We are closing the Leeds office.", "Everyone there will be offered a role in Manchester.",
                "Thank you for your patience."), window.models().memo().sentences().stream().map(SentenceRow::text).toList());
        assertEquals("Headless memo", robot.lookup("#memoTitle").queryLabeled().getText());
        StyleClassedTextArea area = robot.lookup("#memoText").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().startsWith("We are closing the Leeds office."));
        robot.interact(() -> window.models().library().searchTextProperty().set(""));
    }

    @Test
    void importEveryFormatThroughFileOpen(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("import"));
        files.toOpen.push(List.of(
                Files.writeString(folder.resolve("plain.txt"), "Title: Plain text memo\n\nWe are hiring."),
                Files.writeString(folder.resolve("notes.md"), "# Markdown memo\n\nOffices reopen in May."),
                Fixtures.docx(folder.resolve("w.docx"), "Word memo", "Dana Ortiz", List.of("Two teams will merge.")),
                Fixtures.pdf(folder.resolve("p.pdf"), "PDF memo", "Lee Park", List.of("Budgets are frozen this year.")),
                Files.writeString(folder.resolve("page.html"), "<html><head><title>Web memo</title></head><body>"
                        + "<nav>Home Menu</nav><main><h1>Web memo</h1><p>Our plans change.</p></main></body></html>"),
                Fixtures.eml(folder.resolve("m.eml"), "Ana Ruiz <ana@example.com>", "Mail memo",
                        "Tue, 28 Oct 2025 10:00:00 +0000", "Dear all, nothing changes for you.", "<p>x</p>")));
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        for (String title : List.of("Plain text memo", "Markdown memo", "Word memo", "PDF memo", "Web memo", "Mail memo")) {
            entry(robot, title);
        }
        assertEquals("Dana Ortiz", entry(robot, "Word memo").memo().metadata().author());
        assertEquals("Ana Ruiz <ana@example.com>", entry(robot, "Mail memo").memo().metadata().author());
        assertEquals(java.time.LocalDate.of(2025, 10, 28), entry(robot, "Mail memo").memo().metadata().date());
        assertTrue(entry(robot, "Web memo").figures().sentences() >= 1, "imported memos are analysed");
        waitFor(() -> window.settings().lastFolder().isPresent());
        assertEquals(folder.toAbsolutePath(), window.settings().lastFolder().orElseThrow());
    }

    @Test
    void aBadFileGetsADialogThatSaysWhatToDo(FxRobot robot) throws Exception {
        Path bomb = Fixtures.zipBombDocx(dir.resolve("bomb.docx"), 40);
        files.toOpen.push(List.of(bomb));
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        String message = robot.lookup("#errorDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(message.contains("zip bomb") && message.contains("paste its text"), message);
    }

    @Test
    void compareTwoMemosAndFindADistinctiveWordInItsText(FxRobot robot) throws Exception {
        core.importMemos().importFiles(List.of(Path.of("assets/samples/restructuring-memo.txt")), Progress.NONE);
        robot.interact(() -> window.models().library().refresh());
        LibraryEntry ai = entry(robot, "Building the Next Larkspur, Together");
        LibraryEntry layoffs = entry(robot, "An Update on Our Organizational Evolution");
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(ai);
            table(robot).getSelectionModel().select(layoffs);
        });
        robot.push(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> window.models().compare().comparisonProperty().get() != null);
        TableView<?> figures = robot.lookup("#compareTable").queryTableView();
        waitFor(() -> figures.getColumns().size() == 4);
        assertEquals("Words", figures.getColumns().get(0).getCellData(0));
        StyleClassedTextArea left = robot.lookup("#compareText0").queryAs(StyleClassedTextArea.class);
        StyleClassedTextArea right = robot.lookup("#compareText1").queryAs(StyleClassedTextArea.class);
        waitFor(() -> right.getTotalHeightEstimate() > right.getHeight());
        robot.interact(() -> left.estimatedScrollYProperty().setValue(300.0));
        waitFor(() -> right.getEstimatedScrollY() > 100);

        robot.clickOn(robot.lookup(".tab").match(n -> ((javafx.scene.Node) n).lookup(".tab-label") instanceof Label l
                && l.getText().equals("Distinctive words")).queryAs(Node.class));
        ListView<WeightedLogOdds.Score> words = robot.lookup("#distinctiveWords1").queryListView();
        waitFor(() -> !words.getItems().isEmpty());
        robot.clickOn(robot.lookup("#distinctiveWords1 .list-cell").nth(0).queryAs(Node.class));
        String word = words.getItems().get(0).word();
        StyleClassedTextArea text = robot.lookup("#compareText1").queryAs(StyleClassedTextArea.class);
        waitFor(() -> text.getSelectedText().equalsIgnoreCase(word));
    }

    @Test
    void theMemoViewColoursToneShowsEvidenceAndJumpsToTheSugarCoatedSentence(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.models().memo().display(HandBuilt.memo(900), HandBuilt.analysis(900)));
        StyleClassedTextArea area = robot.lookup("#memoText").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().equals(HandBuilt.TEXT));
        assertTrue(area.getStyleAtPosition(HandBuilt.TEXT.indexOf("excited") + 1).contains("tone-positive"));
        assertTrue(area.getStyleAtPosition(HandBuilt.TEXT.indexOf("optimization") + 1).contains("device-euphemism"));
        robot.push(KeyCode.F8);
        waitFor(() -> window.models().memo().selectedIndexProperty().get() == 1);
        waitFor(() -> robot.lookup("#evidencePanel .evidence-device").tryQuery().isPresent());
        assertTrue(robot.lookup("#evidencePanel .evidence-device").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Euphemism: “workforce optimization” means: job cuts")));
        assertTrue(area.getStyleAtPosition(HandBuilt.TEXT.indexOf("eliminated") + 1).contains("evidence"));
        robot.push(KeyCode.F6);
        waitFor(() -> window.models().memo().selectedIndexProperty().get() == 2);
        assertTrue(robot.lookup("#frameSharesChart").query().isVisible());
    }

    @Test
    void readingModeListsHarmFirstWithGlossesAndHiddenAgents(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.models().memo().display(HandBuilt.memo(901), HandBuilt.analysis(901)));
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#readingHeadline").queryLabeled().isVisible()
                && robot.lookup("#readingHeadline").queryLabeled().getText().contains("1 of them"));
        String harm = robot.lookup("#readingHarm .reading-item").queryLabeled().getText();
        assertTrue(harm.contains("workforce optimization [means: job cuts]") && harm.contains("[who decided?]"), harm);
        assertTrue(robot.lookup("#readingAgents .reading-item").queryLabeled().getText().contains("who decided?"));
    }

    @Test
    void exportTheMemoOnShowAsOneSelfContainedHtmlReport(FxRobot robot) throws Exception {
        robot.interact(() -> window.models().memo().display(HandBuilt.memo(902), HandBuilt.analysis(902)));
        Path report = dir.resolve("reports/hand-built.html");
        files.toSave.push(report);
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> Files.exists(report));
        String html = Files.readString(report);
        assertTrue(html.contains("<svg") && html.contains("Hand-built memo") && !html.contains("<script"));
        waitFor(() -> robot.lookup("#libraryNotice").queryLabeled().getText().contains("Report saved"));
    }

    @Test
    void addAMemoToACollectionAndFilterTheLibraryByIt(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.models().library().paste("Collected memo", "", null, "Amazon cuts 14,000 roles."));
        LibraryEntry collected = entry(robot, "Collected memo");
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(collected);
        });
        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#collectionName").tryQuery().isPresent());
        robot.clickOn("#collectionName").write("Amazon 2025");
        robot.clickOn("#collectionAdd");
        waitFor(() -> entry(robot, "Collected memo").collections().contains("Amazon 2025"));
        javafx.scene.control.ComboBox<String> combo = robot.lookup("#libraryCollection").queryComboBox();
        robot.interact(() -> combo.setValue("Amazon 2025"));
        waitFor(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> window.models().library().refresh());
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> table(robot).getItems().size() == 1 && "Amazon 2025".equals(combo.getValue()));
        robot.interact(() -> combo.setValue(null));
        waitFor(() -> table(robot).getItems().size() > 1);
    }

    @Test
    void deleteWithUndo(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.models().library().paste("Doomed memo", "", null, "This memo will be deleted."));
        LibraryEntry doomed = entry(robot, "Doomed memo");
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(doomed);
        });
        robot.clickOn("#libraryTable");
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(doomed);
        });
        robot.push(new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> table(robot).getItems().stream().noneMatch(e -> e.title().equals("Doomed memo")));
        robot.clickOn("#undoDelete");
        entry(robot, "Doomed memo");
    }

    @Test
    void zoomThemeAndLayoutAreRememberedInTheSettingsFile(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> stage.getScene().getRoot().getStyle().contains("16.8px"));
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> stage.getScene().getRoot().getStyleClass().contains("dark"));
        Path settings = dir.resolve("settings.properties");
        Files.deleteIfExists(settings);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitFor(() -> Files.exists(settings));
        String saved = Files.readString(settings);
        assertTrue(saved.contains("zoom=1.2") && saved.contains("theme.dark=true") && saved.contains("window.width"), saved);
        // The theme is application-wide: back to light for the windows of later tests.
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
