package org.memolens.ui.coding;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.BiConsumer;

import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import org.memolens.ui.Messages;
import org.memolens.ui.codebook.CodeRow;

/**
 * The code picker that opens at the selected text: type to filter the codes (name, identifier or
 * definition), press 1 to 9 for the first codes shown, or move with the arrows and press Enter, or
 * double-click; Tab moves to the note, and Enter there codes with the highlighted code.
 *
 * <p>Use on the FX thread.
 */
final class CodePicker {

    private final Popup popup = new Popup();
    private final TextField filter = new TextField();
    private final TextField note = new TextField();
    private final Label heading = new Label();
    private final FilteredList<CodeRow> matching;
    private final SortedList<CodeRow> shown;
    private final ListView<CodeRow> list;
    private final BiConsumer<String, String> onPick;

    /** @param onPick gets the chosen code's identifier and the note */
    CodePicker(ObservableList<CodeRow> codes, BiConsumer<String, String> onPick) {
        this.onPick = onPick;
        matching = new FilteredList<>(codes, c -> true);
        shown = new SortedList<>(matching);
        list = new ListView<>(shown);
        list.setId("pickerList");
        list.setFocusTraversable(false); // Tab goes from the filter straight to the note; arrows move the list
        list.setPrefSize(420, 200);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CodeRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    int position = getIndex() + 1;
                    setText((position <= 9 ? position + "  " : "    ") + row.name() + "  (" + row.id() + ")");
                    setGraphic(CodingPanel.swatch(row.code().colour()));
                }
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                pickSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickSelected();
                e.consume();
            }
        });
        filter.setId("pickerFilter");
        filter.setPromptText(Messages.get("picker.filter"));
        filter.textProperty().addListener((obs, o, text) -> {
            String t = text.strip().toLowerCase(Locale.ROOT);
            matching.setPredicate(c -> t.isEmpty() || rank(c, t) < 4);
            shown.setComparator(t.isEmpty() ? null : Comparator.comparingInt((CodeRow c) -> rank(c, t))
                    .thenComparingInt(codes::indexOf));
            list.getSelectionModel().selectFirst();
        });
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::filterKey);
        note.setId("pickerNote");
        note.setPromptText(Messages.get("picker.note"));
        note.setOnAction(e -> {
            e.consume(); // else Enter would also reach a default button
            pickSelected();
        });
        Button code = new Button(Messages.get("picker.code"));
        code.setId("pickerCode");
        code.setOnAction(e -> pickSelected());
        Button cancel = new Button(Messages.get("picker.cancel"));
        cancel.setOnAction(e -> popup.hide());
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        heading.setMaxWidth(420);
        VBox box = new VBox(6, heading, filter, list, note, new HBox(6, code, cancel));
        box.setId("codePicker");
        box.getStyleClass().add("code-picker");
        box.setPadding(new Insets(10));
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    /**
     * How well a code matches what was typed: 0 its name starts with it, 1 a word of its name does,
     * 2 its name or identifier contains it, 3 its definition does, 4 not at all.
     */
    static int rank(CodeRow c, String typed) {
        String name = c.name().toLowerCase(Locale.ROOT);
        if (name.startsWith(typed)) {
            return 0;
        }
        if (name.contains(" " + typed)) {
            return 1;
        }
        if (name.contains(typed) || c.id().toLowerCase(Locale.ROOT).contains(typed)) {
            return 2;
        }
        return c.code().definition().toLowerCase(Locale.ROOT).contains(typed) ? 3 : 4;
    }

    /** Opens at a screen position for the quoted text, with the filter focused. */
    void show(Node owner, double screenX, double screenY, String quote) {
        VBox box = (VBox) popup.getContent().get(0);
        // A popup has a scene of its own: give it the window's theme, zoom and style sheets.
        box.getStyleClass().setAll("code-picker");
        box.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        box.setStyle(owner.getScene().getRoot().getStyle());
        box.getStylesheets().setAll(owner.getScene().getStylesheets());
        heading.setText(Messages.get("picker.heading", quote));
        filter.clear();
        note.clear();
        list.getSelectionModel().selectFirst();
        popup.show(owner, screenX, screenY);
        filter.requestFocus();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    private void filterKey(KeyEvent e) {
        int digit = TextCoding.digit(e);
        if (digit > 0 && !e.isShortcutDown() && !e.isAltDown()) {
            if (digit <= shown.size()) {
                pick(shown.get(digit - 1));
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
            int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
            if (i >= 0 && i < shown.size()) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            pickSelected();
            e.consume();
        }
    }

    private void pickSelected() {
        CodeRow row = list.getSelectionModel().getSelectedItem();
        if (row == null && !shown.isEmpty()) {
            row = shown.get(0);
        }
        if (row != null) {
            pick(row);
        }
    }

    private void pick(CodeRow row) {
        if (!popup.isShowing()) {
            return; // one pick per opening
        }
        popup.hide();
        onPick.accept(row.id(), note.getText());
    }
}
