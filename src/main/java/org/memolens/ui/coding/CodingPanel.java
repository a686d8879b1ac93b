package org.memolens.ui.coding;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import org.memolens.ui.Messages;
import org.memolens.ui.codebook.CodeRow;

/**
 * The coding side panel of the memo view: who is coding and whose codings are shown, the numbered
 * codes, the memo's codings (note editable in place) and the machine's suggestions with accept and
 * reject. Binds to a {@link CodingViewModel}; dialogs and keys live in {@link TextCoding}.
 */
public final class CodingPanel extends VBox {

    private final CodingViewModel model;
    private final CodersViewModel coders;
    private final TableView<CodingRow> table = new TableView<>();
    private final ListView<SuggestionRow> suggestionList = new ListView<>();
    /** Set while the panel itself changes a selection, so the change is not taken for a person's click. */
    private boolean syncing;

    public CodingPanel(CodingViewModel model, CodersViewModel coders, TextCoding actions) {
        this.model = model;
        this.coders = coders;
        setId("codingPanel");
        getStyleClass().add("coding-panel");
        setSpacing(6);
        setPadding(new Insets(8));

        ListView<CodeRow> codeList = new ListView<>(model.codes());
        codeList.setId("codeList");
        codeList.setPrefHeight(190);
        codeList.setMinHeight(60);
        codeList.setCellFactory(list -> new CodeCell());
        codeList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && codeList.getSelectionModel().getSelectedItem() != null) {
                actions.codeWith(codeList.getSelectionModel().getSelectedItem().id());
            }
        });
        codeList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && codeList.getSelectionModel().getSelectedItem() != null) {
                actions.codeWith(codeList.getSelectionModel().getSelectedItem().id());
                e.consume();
            }
        });

        Label codingsHeading = heading("");
        codingsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("coding.heading.codings", model.codings().size()), model.codings()));
        buildTable();
        Button editNote = button("editNote", "coding.editNote", () -> selectedRow(actions::editNote));
        Button resize = button("resizeCoding", "coding.resize", () -> selectedRow(model::resizeToSelection));
        Button remove = button("removeCoding", "coding.remove", () -> selectedRow(model::remove));
        editNote.disableProperty().bind(model.selectedCodingProperty().isNull());
        resize.disableProperty().bind(model.selectedCodingProperty().isNull());
        remove.disableProperty().bind(model.selectedCodingProperty().isNull());

        Label suggestionsHeading = heading("");
        suggestionsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("coding.heading.suggestions", model.suggestions().size()), model.suggestions()));
        buildSuggestions();
        Button accept = button("acceptSuggestion", "suggestion.accept", model::acceptSuggestion);
        Button reject = button("rejectSuggestion", "suggestion.reject", model::rejectSuggestion);
        Button previous = button("previousSuggestion", "suggestion.previous", model::previousSuggestion);
        Button next = button("nextSuggestion", "suggestion.next", model::nextSuggestion);
        VBox suggestionBox = new VBox(4, suggestionsHeading, suggestionList, new FlowPane(4, 4, accept, reject, previous, next));
        VBox.setVgrow(suggestionList, Priority.ALWAYS);

        Label status = new Label();
        status.setId("codingStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("notice");
        status.textProperty().bind(model.statusProperty());

        Label hint = new Label(Messages.get("coding.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("notice");
        VBox codesBox = new VBox(4, heading(Messages.get("coding.heading.codes")), hint, codeList);
        VBox.setVgrow(codeList, Priority.ALWAYS);
        VBox codingsBox = new VBox(4, codingsHeading, table, new FlowPane(4, 4, editNote, resize, remove));
        VBox.setVgrow(table, Priority.ALWAYS);
        // Three parts a researcher resizes to taste: codes, codings, suggestions (hidden when switched off).
        SplitPane parts = new SplitPane(codesBox, codingsBox, suggestionBox);
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.36, 0.7);
        parts.setId("codingParts");
        model.showSuggestionsProperty().addListener((obs, o, on) -> {
            if (on && !parts.getItems().contains(suggestionBox)) {
                parts.getItems().add(suggestionBox);
                parts.setDividerPositions(0.36, 0.7);
            } else if (!on) {
                parts.getItems().remove(suggestionBox);
            }
        });
        getChildren().addAll(new CoderBar(model, coders), parts, status);
        VBox.setVgrow(parts, Priority.ALWAYS);
    }

    private void buildTable() {
        table.setId("codingTable");
        table.setItems(model.codings());
        table.setEditable(true);
        table.setPlaceholder(new Label(Messages.get("coding.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CodingRow, CodingRow> code = new TableColumn<>(Messages.get("coding.column.code"));
        code.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        code.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CodingRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.codeName());
                setGraphic(empty || row == null ? null : swatch(row.colour()));
            }
        });
        TableColumn<CodingRow, String> coder = column("coding.column.coder", CodingRow::coderName);
        TableColumn<CodingRow, String> quote = column("coding.column.quote", CodingRow::quote);
        TableColumn<CodingRow, String> note = column("coding.column.note", CodingRow::note);
        note.setEditable(true);
        note.setCellFactory(TextFieldTableCell.forTableColumn());
        note.setOnEditCommit(e -> model.editNote(e.getRowValue(), e.getNewValue()));
        code.setPrefWidth(130);
        coder.setPrefWidth(70);
        quote.setPrefWidth(170);
        table.getColumns().setAll(List.of(code, coder, quote, note));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (!syncing && n != null && n != model.selectedCodingProperty().get()) {
                model.select(n);
            }
        });
        model.selectedCodingProperty().addListener((obs, o, n) -> {
            syncing = true;
            try {
                if (n == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(n);
                }
            } finally {
                syncing = false;
            }
        });
        table.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && table.getEditingCell() == null) {
                selectedRow(model::remove);
                e.consume();
            }
        });
    }

    private void buildSuggestions() {
        suggestionList.setId("suggestionList");
        suggestionList.setItems(model.suggestions());
        suggestionList.setPrefHeight(150);
        suggestionList.setMinHeight(50);
        suggestionList.setPlaceholder(new Label(Messages.get("suggestion.placeholder")));
        suggestionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SuggestionRow s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(s.codeName() + " (" + s.detail() + "): " + s.sentence().replaceAll("\\s+", " "));
                    setGraphic(swatch(s.colour()));
                }
            }
        });
        suggestionList.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (!syncing && n.intValue() >= 0 && n.intValue() != model.currentSuggestionProperty().get()) {
                model.selectSuggestion(n.intValue());
            }
        });
        Runnable sync = () -> {
            syncing = true;
            try {
                int i = model.currentSuggestionProperty().get();
                if (i >= 0 && i < model.suggestions().size()) {
                    suggestionList.getSelectionModel().select(i);
                    suggestionList.scrollTo(i);
                } else {
                    suggestionList.getSelectionModel().clearSelection();
                }
            } finally {
                syncing = false;
            }
        };
        model.currentSuggestionProperty().addListener((obs, o, n) -> sync.run());
        model.suggestions().addListener((ListChangeListener<SuggestionRow>) c -> sync.run());
    }

    private void selectedRow(java.util.function.Consumer<CodingRow> action) {
        CodingRow row = model.selectedCodingProperty().get();
        if (row != null) {
            action.accept(row);
        }
    }

    private static TableColumn<CodingRow, String> column(String key, java.util.function.Function<CodingRow, String> value) {
        TableColumn<CodingRow, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setEditable(false);
        return column;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    static Rectangle swatch(String colour) {
        Rectangle r = new Rectangle(12, 12);
        try {
            r.setFill(Color.web(colour));
        } catch (IllegalArgumentException e) {
            r.setFill(Color.GRAY);
        }
        r.setArcWidth(3);
        r.setArcHeight(3);
        return r;
    }

    /** A numbered code with its colour, indented by depth. */
    static final class CodeCell extends ListCell<CodeRow> {
        @Override
        protected void updateItem(CodeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
            } else {
                setText(row.label());
                setGraphic(swatch(row.code().colour()));
                setTooltip(row.code().definition().isBlank() ? null : new Tooltip(row.code().definition()));
            }
        }
    }
}
