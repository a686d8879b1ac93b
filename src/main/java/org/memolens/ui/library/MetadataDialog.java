package org.memolens.ui.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

import org.memolens.domain.MemoMetadata;
import org.memolens.ui.Messages;

/** Edits a memo's title, author, date and source. The title is required; the text is never edited. */
public final class MetadataDialog extends Dialog<MemoMetadata> {

    public static final ButtonType SAVE = new ButtonType(Messages.get("metadata.save"), ButtonBar.ButtonData.OK_DONE);

    public MetadataDialog(Window owner, MemoMetadata current) {
        initOwner(owner);
        setTitle(Messages.get("metadata.title"));
        setHeaderText(Messages.get("metadata.header"));
        TextField title = field("metadataTitle", current.title());
        TextField author = field("metadataAuthor", current.author());
        TextField source = field("metadataSource", current.source());
        DatePicker date = new DatePicker(current.date());
        date.setId("metadataDate");
        date.setPromptText("yyyy-mm-dd");
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        BooleanBinding dateInvalid = Bindings.createBooleanBinding(() -> !parses(date.getEditor().getText()),
                date.getEditor().textProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.get("paste.field.title")), title);
        grid.addRow(1, new Label(Messages.get("paste.field.author")), author);
        grid.addRow(2, new Label(Messages.get("paste.field.date")), date);
        grid.addRow(3, new Label(Messages.get("metadata.field.source")), source);
        GridPane.setHgrow(title, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        Node save = getDialogPane().lookupButton(SAVE);
        save.setId("metadataSave");
        save.disableProperty().bind(title.textProperty().isEmpty().or(dateInvalid));
        setResultConverter(button -> button == SAVE ? new MemoMetadata(title.getText(), author.getText(),
                parse(date.getEditor().getText()), source.getText()) : null);
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        field.setPrefColumnCount(36);
        return field;
    }

    private static LocalDate parse(String typed) {
        return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
    }

    private static boolean parses(String typed) {
        try {
            parse(typed);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
