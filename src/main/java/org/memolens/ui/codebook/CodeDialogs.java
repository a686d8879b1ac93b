package org.memolens.ui.codebook;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.memolens.domain.CodeDeletion;
import org.memolens.ui.Messages;

/**
 * The codebook editor's questions: a new code's name, the code to merge into, and what happens to
 * the codings of a code being deleted. Each says in words what will happen to the codings.
 */
final class CodeDialogs {

    private CodeDialogs() {
    }

    static Optional<String> askName(Window owner, String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(Messages.get("codebook.field.name"));
        dialog.getDialogPane().setId("codeNameDialog");
        dialog.getEditor().setId("newCodeName");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The code to merge {@code source} into, from {@code targets}. */
    static Optional<String> merge(Window owner, CodeRow source, int codings, List<CodeRow> targets) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("codebook.merge.title"));
        dialog.setHeaderText(Messages.get("codebook.merge.header", source.name()));
        ComboBox<CodeRow> target = codes(targets);
        target.setId("mergeTarget");
        Label explain = wrapped(Messages.get("codebook.merge.explain", source.name(), codings));
        dialog.getDialogPane().setContent(new VBox(8, target, explain));
        dialog.getDialogPane().setId("mergeDialog");
        ButtonType merge = new ButtonType(Messages.get("codebook.merge.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(merge, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(merge).disableProperty().bind(target.valueProperty().isNull());
        dialog.setResultConverter(b -> b == merge && target.getValue() != null ? target.getValue().id() : null);
        return dialog.showAndWait();
    }

    /**
     * What to do with a code's codings when it is deleted; empty to keep the code. Without codings
     * it is a plain confirmation (and the code is deleted only if still nobody coded with it).
     */
    static Optional<CodeDeletion> delete(Window owner, CodeRow code, int codings, List<CodeRow> targets) {
        if (codings == 0) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("codebook.delete.unused", code.name()),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(owner);
            confirm.setTitle(Messages.get("codebook.delete.title"));
            confirm.setHeaderText(Messages.get("codebook.delete.header", code.name()));
            confirm.getDialogPane().setId("deleteDialog");
            return confirm.showAndWait().filter(b -> b == ButtonType.OK).map(b -> CodeDeletion.refuseIfCoded());
        }
        Dialog<CodeDeletion> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("codebook.delete.title"));
        dialog.setHeaderText(Messages.get("codebook.delete.header", code.name()));
        ToggleGroup group = new ToggleGroup();
        RadioButton move = new RadioButton(Messages.get("codebook.delete.move", codings));
        move.setId("moveCodings");
        move.setToggleGroup(group);
        ComboBox<CodeRow> target = codes(targets);
        target.setId("moveTarget");
        target.disableProperty().bind(move.selectedProperty().not());
        RadioButton drop = new RadioButton(Messages.get("codebook.delete.codings", codings));
        drop.setId("deleteCodings");
        drop.setToggleGroup(group);
        move.setSelected(true);
        Label explain = wrapped(Messages.get("codebook.delete.explain", codings, code.name()));
        dialog.getDialogPane().setContent(new VBox(8, explain, move, target, drop));
        dialog.getDialogPane().setId("deleteDialog");
        ButtonType delete = new ButtonType(Messages.get("codebook.delete.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("codebook.delete.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(delete, keep);
        dialog.getDialogPane().lookupButton(delete).disableProperty()
                .bind(move.selectedProperty().and(target.valueProperty().isNull()));
        dialog.setResultConverter(b -> b != delete ? null : drop.isSelected() ? CodeDeletion.deleteCodings()
                : CodeDeletion.moveCodingsTo(target.getValue().id()));
        return dialog.showAndWait();
    }

    private static ComboBox<CodeRow> codes(List<CodeRow> targets) {
        ComboBox<CodeRow> box = new ComboBox<>();
        box.getItems().setAll(targets);
        box.setPromptText(Messages.get("codebook.chooseCode"));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(CodeRow row) {
                return row == null ? "" : "  ".repeat(row.depth()) + row.name() + " (" + row.id() + ")";
            }

            @Override
            public CodeRow fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(460);
        return l;
    }
}
