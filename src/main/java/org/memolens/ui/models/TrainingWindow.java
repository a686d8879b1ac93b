package org.memolens.ui.models;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.memolens.app.TrainFrameModel;
import org.memolens.domain.Coder;
import org.memolens.ui.Choice;
import org.memolens.ui.Messages;

/**
 * Training a custom frame model: the coders and a name on the left, progress and Cancel while it
 * trains, then the cross-validated scores per code and the codes left out; only then can the model
 * analyse the memo on show.
 *
 * <p>Use on the FX thread.
 */
public final class TrainingWindow {

    private final Stage stage = new Stage();
    private final TrainingViewModel model;

    /** @param use analyses the memo on show with the trained model (its name given) */
    public TrainingWindow(Window owner, TrainingViewModel model, Consumer<String> use, Consumer<Scene> styler) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("training.window"));

        ListView<Choice<Coder>> coders = new ListView<>(model.coders());
        coders.setId("trainingCoders");
        coders.setCellFactory(CheckBoxListCell.forListView(Choice::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(Choice<Coder> c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Choice<Coder> fromString(String s) {
                return null;
            }
        }));
        TextField name = new TextField();
        name.setId("modelName");
        name.setPromptText(Messages.get("training.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        Button train = new Button(Messages.get("training.train"));
        train.setId("trainModel");
        train.setDefaultButton(true);
        train.setOnAction(e -> model.train());
        train.disableProperty().bind(model.runningProperty().or(model.nameProperty().isEmpty()));
        Button cancel = new Button(Messages.get("status.cancel"));
        cancel.setId("cancelTraining");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("trainingProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress().progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label message = wrapped("trainingMessage");
        message.textProperty().bind(model.progress().messageProperty());
        Label explain = wrapped(null);
        explain.setText(Messages.get("training.explain"));
        VBox left = new VBox(6, heading("training.coders"), coders, heading("training.name"), name, new HBox(6, train, cancel),
                bar, message, explain);
        left.setPadding(new Insets(8));
        VBox.setVgrow(coders, Priority.ALWAYS);

        Label summary = wrapped("trainingSummary");
        summary.textProperty().bind(model.summaryProperty());
        Label skipped = wrapped("skippedCodes");
        skipped.textProperty().bind(model.skippedProperty());
        Button useModel = new Button(Messages.get("training.use"));
        useModel.setId("useModel");
        useModel.disableProperty().bind(model.reportProperty().isNull());
        useModel.setOnAction(e -> {
            TrainFrameModel.Report r = model.reportProperty().get();
            if (r != null) {
                use.accept(r.model().name());
            }
        });
        VBox right = new VBox(6, heading("training.scores"), summary, ScoreTable.of("modelScores", model.scores()), skipped, useModel);
        right.setPadding(new Insets(8));
        VBox.setVgrow(right.getChildren().get(2), Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.38);
        split.setId("trainingWindow");
        Scene scene = new Scene(split, 900, 520);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), model::cancel);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
        stage.setScene(scene);
        styler.accept(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private static Label heading(String key) {
        Label l = wrapped(null);
        l.setText(Messages.get(key));
        l.getStyleClass().add("panel-heading");
        return l;
    }

    /** A label that wraps and keeps the height of all its lines. */
    private static Label wrapped(String id) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
