package org.memolens.ui.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

import org.memolens.ui.Messages;

/** Asks for a pasted memo: title, author, date and text. The text is required; the rest may be blank. */
public final class PasteMemoDialog extends Dialog<PasteMemoDialog.Pasted> {

    /** What the user entered. */
    public record Pasted(String title, String author, LocalDate date, String text) {
    }

    public static final ButtonType ADD = new ButtonType(Messages.get("paste.add"), ButtonBar.ButtonData.OK_DONE);

    public PasteMemoDialog(Window owner) {
        initOwner(owner);
        setTitle(Messages.get("paste.title"));
        setHeaderText(Messages.get("paste.header"));
        setResizable(true);

        TextField title = new TextField();
        title.setId("pasteTitle");
        title.setPromptText(Messages.get("paste.title.prompt"));
        TextField author = new TextField();
        author.setId("pasteAuthor");
        DatePicker date = new DatePicker();
        date.setId("pasteDate");
        date.setPromptText("yyyy-mm-dd");
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        Label dateProblem = new Label(Messages.get("paste.date.invalid"));
        dateProblem.setId("pasteDateProblem");
        dateProblem.setStyle("-fx-text-fill: #b00020;");
        BooleanBinding dateInvalid = Bindings.createBooleanBinding(() -> !dateParses(date), date.getEditor().textProperty());
        dateProblem.visibleProperty().bind(dateInvalid);
        TextArea text = new TextArea();
        text.setId("pasteText");
        text.setWrapText(true);
        text.setPrefRowCount(16);
        text.setPrefColumnCount(70);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.get("paste.field.title")), title);
        grid.addRow(1, new Label(Messages.get("paste.field.author")), author);
        grid.addRow(2, new Label(Messages.get("paste.field.date")), new HBox(8, date, dateProblem));
        grid.add(new Label(Messages.get("paste.field.text")), 0, 3);
        grid.add(text, 1, 3);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setVgrow(text, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ADD, ButtonType.CANCEL);

        Node add = getDialogPane().lookupButton(ADD);
        add.setId("pasteAdd");
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty())
                .or(dateInvalid));

        setResultConverter(button -> button == ADD
                ? new Pasted(title.getText(), author.getText(), dateOf(date), text.getText())
                : null);
        Platform.runLater(text::requestFocus);
    }

    /** The typed date (the user may not have pressed Enter in the picker), or null if blank. */
    private static LocalDate dateOf(DatePicker picker) {
        String typed = picker.getEditor().getText();
        return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
    }

    private static boolean dateParses(DatePicker picker) {
        try {
            dateOf(picker);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
