package org.memolens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

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
import org.memolens.domain.MemoSummary;
import org.memolens.ui.memo.SentenceRow;

/** Drives the real main window, headless (Monocle), on a real database and the real models. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private static MemoLensCore core;

    @BeforeAll
    static void openCore() {
        core = MemoLensCore.open(dir.resolve("gui.db"));
        // Something else already in the library, so finding the pasted memo means searching for it.
        core.importMemos().importFiles(List.of(Path.of("assets/samples/ai-strategy-memo.txt")), Progress.NONE);
    }

    @AfterAll
    static void closeCore() {
        core.close();
    }

    @Start
    void start(Stage stage) {
        Wiring.mainWindow(stage, core, new FxTaskRunner()).show();
    }

    @Test
    void pasteAMemoFindItInTheLibrarySelectItAndReadItsSentences(FxRobot robot) throws TimeoutException {
        assertEquals("MemoLens", robot.window(0).getScene().getWindow() instanceof Stage s ? s.getTitle() : "");
        TableView<MemoSummary> table = robot.lookup("#libraryTable").queryTableView();
        waitFor(() -> table.getItems().size() == 1);

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#pasteText").tryQuery().isPresent());
        robot.clickOn("#pasteTitle").write("Headless memo");
        TextArea text = robot.lookup("#pasteText").queryAs(TextArea.class);
        robot.interact(() -> text.setText("Title: ignored\n\nWe are closing the Leeds office. "
                + "Everyone there will be offered a role in Manchester. Thank you for your patience."));
        robot.clickOn("#pasteAdd");
        waitFor(() -> table.getItems().size() == 2);

        robot.clickOn("#librarySearch").write("leeds");
        waitFor(() -> table.getItems().size() == 1 && table.getItems().get(0).title().equals("Headless memo"));
        robot.interact(() -> table.getSelectionModel().clearSelection());
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));

        ListView<SentenceRow> sentences = robot.lookup("#memoSentences").queryListView();
        waitFor(() -> sentences.getItems().size() == 3);
        assertEquals(List.of("We are closing the Leeds office.",
                "Everyone there will be offered a role in Manchester.", "Thank you for your patience."),
                sentences.getItems().stream().map(SentenceRow::text).toList());
        assertEquals("Headless memo", robot.lookup("#memoTitle").queryLabeled().getText());
        assertTrue(robot.lookup("1").tryQuery().isPresent(), "sentences are numbered");
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
