package org.memolens.ui.coding;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.fxmisc.richtext.StyleClassedTextArea;

import org.memolens.domain.TextSpan;
import org.memolens.ui.Messages;
import org.memolens.ui.memo.MemoTextArea;

/**
 * Coding on the memo text: while coding mode is on, the text shows the codings and suggestions of
 * the {@link CodingViewModel} instead of the analysis colours, the selection is what gets coded,
 * and the keys work: 1 to 9 code the selection with that code, Enter or C opens the code picker,
 * A and R accept and reject the suggestion in focus, N and P move to the next and previous one.
 *
 * <p>Use on the FX thread.
 */
public final class TextCoding {

    private final MemoTextArea text;
    private final CodingViewModel model;
    private final CodersViewModel coders;
    private final ObservableBooleanValue codingMode;
    private final CodePicker picker;

    /**
     * @param keyScope   the node whose keys code (the memo view, text and panel)
     * @param codingMode whether the coding panel is in front
     */
    public TextCoding(MemoTextArea text, Node keyScope, CodingViewModel model, CodersViewModel coders,
            ObservableBooleanValue codingMode) {
        this.text = text;
        this.model = model;
        this.coders = coders;
        this.codingMode = codingMode;
        this.picker = new CodePicker(model.codes(), this::codeWith);
        StyleClassedTextArea area = text.area();
        codingMode.addListener((obs, o, on) -> draw());
        model.marksProperty().addListener((obs, o, n) -> draw());
        model.styleSheetProperty().addListener((obs, o, n) -> draw());
        area.selectionProperty().addListener((obs, o, s) -> model.selectionProperty().set(
                s.getLength() == 0 ? null : new TextSpan(s.getStart(), s.getEnd())));
        model.revealProperty().addListener((obs, o, span) -> {
            if (span != null && span.end() <= area.getLength()) {
                text.reveal(span.start(), span.end());
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        keyScope.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        area.setContextMenu(contextMenu());
    }

    /** Opens the code picker at the selected text (asking who codes first, if nobody does yet). */
    public void openPicker() {
        if (model.checkSelection()) {
            TextSpan span = model.selectionProperty().get();
            withCoder(() -> showPicker(span));
        }
    }

    private void showPicker(TextSpan span) {
        StyleClassedTextArea area = text.area();
        Bounds at = area.getCaretBounds().or(() -> java.util.Optional.ofNullable(area.localToScreen(area.getBoundsInLocal())))
                .orElse(null);
        double x = at == null ? 0 : at.getMinX();
        double y = at == null ? 0 : at.getMaxY() + 4;
        String quote = span.end() <= area.getLength() ? area.getText(span.start(), span.end()) : "";
        quote = quote.replaceAll("\\s+", " ").strip();
        picker.show(area, x, y, quote.length() <= 60 ? quote : quote.substring(0, 59) + "…");
    }

    /** Codes the selection with a code (the picker's or the panel's choice). */
    public void codeWith(String code, String note) {
        withCoder(() -> model.code(code, note));
    }

    void codeWith(String code) {
        codeWith(code, "");
    }

    /** Asks for a new note of the coding selected in the panel. */
    public void editNote(CodingRow row) {
        TextInputDialog dialog = new TextInputDialog(row.note());
        dialog.initOwner(text.area().getScene().getWindow());
        dialog.setTitle(Messages.get("coding.note.title"));
        dialog.setHeaderText(Messages.get("coding.note.header", row.codeName(), row.quote()));
        dialog.setContentText(Messages.get("coding.note.label"));
        dialog.getDialogPane().setId("noteDialog");
        dialog.getEditor().setId("noteText");
        dialog.showAndWait().ifPresent(note -> model.editNote(row, note));
    }

    /** The digit 1 to 9 of a key (main row or keypad), or 0. */
    static int digit(KeyEvent e) {
        KeyCode c = e.getCode();
        if (c.isDigitKey()) {
            String name = c.getName();
            char d = name.charAt(name.length() - 1);
            return d >= '1' && d <= '9' ? d - '0' : 0;
        }
        return 0;
    }

    /** Runs {@code then} at once, or once a coder is named when the project has none yet. */
    private void withCoder(Runnable then) {
        if (model.needsCoder()) {
            CoderDialogs.addCoder(text.area().getScene().getWindow(), coders, then);
        } else {
            then.run();
        }
    }

    private void draw() {
        if (codingMode.get() && model.styleSheetProperty().get() != null) {
            text.setOverlay(new MemoTextArea.Overlay(model.marksProperty().get(), model.codebook(),
                    model.styleSheetProperty().get()));
        } else if (text.hasOverlay()) {
            text.setOverlay(null);
        }
    }

    private void key(KeyEvent e) {
        if (!codingMode.get() || e.isConsumed() || e.isShortcutDown() || e.isAltDown()
                || e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBoxBase<?>
                || e.getTarget() instanceof MenuButton) {
            return;
        }
        int digit = digit(e);
        boolean handled = true;
        if (digit > 0 && !e.isShiftDown()) {
            if (model.selectionProperty().get() != null) {
                withCoder(() -> model.codeNumber(digit));
            } else {
                handled = false;
            }
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.C && !e.isShiftDown()) {
            openPicker();
        } else if (e.getCode() == KeyCode.A && !e.isShiftDown()) {
            model.acceptSuggestion();
        } else if (e.getCode() == KeyCode.R && !e.isShiftDown()) {
            model.rejectSuggestion();
        } else if (e.getCode() == KeyCode.N) {
            if (e.isShiftDown()) {
                model.previousSuggestion();
            } else {
                model.nextSuggestion();
            }
        } else if (e.getCode() == KeyCode.P && !e.isShiftDown()) {
            model.previousSuggestion();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private ContextMenu contextMenu() {
        MenuItem code = new MenuItem(Messages.get("menu.coding.code"));
        code.setOnAction(e -> openPicker());
        MenuItem accept = new MenuItem(Messages.get("menu.coding.accept"));
        accept.setOnAction(e -> model.acceptSuggestion());
        MenuItem reject = new MenuItem(Messages.get("menu.coding.reject"));
        reject.setOnAction(e -> model.rejectSuggestion());
        MenuItem next = new MenuItem(Messages.get("menu.coding.next"));
        next.setOnAction(e -> model.nextSuggestion());
        ContextMenu menu = new ContextMenu(code, new SeparatorMenuItem(), next, accept, reject);
        menu.setOnShowing(e -> {
            boolean on = codingMode.get();
            code.setDisable(!on || model.selectionProperty().get() == null);
            accept.setDisable(!on);
            reject.setDisable(!on);
            next.setDisable(!on);
        });
        return menu;
    }
}
