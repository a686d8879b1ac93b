package org.memolens.ui.models;

import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.memolens.ui.Messages;

/**
 * Chooses the frame model that analyses the memo on show: the shipped model or a user model, with
 * who trained it and its cross-validated scores. Answers the chosen model's name.
 */
public final class ModelChoiceDialog {

    private ModelChoiceDialog() {
    }

    public static Optional<String> ask(Window owner, ModelChoiceViewModel model, String memoTitle) {
        model.reload();
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("models.title"));
        dialog.setHeaderText(Messages.get("models.header", memoTitle));
        ListView<ModelChoiceViewModel.ModelRow> list = new ListView<>(model.models());
        list.setId("modelList");
        list.setPrefHeight(120);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ModelChoiceViewModel.ModelRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.name());
            }
        });
        Label description = new Label();
        description.setWrapText(true);
        description.setMaxWidth(520);
        ObservableList<ScoreRow> scores = FXCollections.observableArrayList();
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            description.setText(row == null ? "" : row.description());
            scores.setAll(row == null ? java.util.List.of() : row.scores());
        });
        model.models().addListener((javafx.collections.ListChangeListener<ModelChoiceViewModel.ModelRow>) c -> {
            if (list.getSelectionModel().isEmpty() && !model.models().isEmpty()) {
                list.getSelectionModel().selectLast();
            }
        });
        var table = ScoreTable.of("modelChoiceScores", scores);
        table.setPrefHeight(200);
        VBox box = new VBox(8, list, description, table);
        box.setPrefWidth(560);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("modelDialog");
        ButtonType analyse = new ButtonType(Messages.get("models.analyse"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(analyse, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(analyse).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == analyse && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().name() : null);
        return dialog.showAndWait();
    }
}
