package org.memolens.ui.agreement;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
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

import org.memolens.ui.Messages;
import org.memolens.ui.Choice;

/**
 * The agreement window: raters, memos and codes on the left; on the right the statistics per code
 * and overall, and the sentences where raters disagree (double-click or Enter opens one in the
 * memo view). Ctrl+Enter computes, Escape cancels.
 *
 * <p>Use on the FX thread.
 */
public final class AgreementWindow {

    private final Stage stage = new Stage();
    private final AgreementViewModel model;
    private final TableView<DisagreementRow> disagreements = new TableView<>();

    public AgreementWindow(Window owner, AgreementViewModel model, Consumer<Scene> styler) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("agreement.window"));

        SplitPane split = new SplitPane(choices(), results());
        split.setDividerPositions(0.3);
        split.setId("agreementWindow");
        Scene scene = new Scene(split, 1200, 700);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), model::compute);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), model::cancel);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
        stage.setScene(scene);
        styler.accept(scene);
    }

    public void show() {
        model.refresh();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private VBox choices() {
        ListView<Choice<org.memolens.domain.Coder>> raters = checklist("agreementRaters", model.raters());
        raters.setPrefHeight(120);
        raters.setMinHeight(90);
        CheckBox machine = new CheckBox(Messages.get("agreement.machine"));
        machine.setId("agreementMachine");
        machine.setWrapText(true);
        machine.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        machine.selectedProperty().bindBidirectional(model.machineProperty());

        ListView<Choice<org.memolens.domain.MemoSummary>> memos = checklist("agreementMemos", model.memos());
        HBox memoScope = scope("allMemos", "agreement.memos.all", "chosenMemos", "agreement.memos.chosen", model.allMemosProperty());
        memos.disableProperty().bind(model.allMemosProperty());

        ListView<Choice<org.memolens.domain.Code>> codes = checklist("agreementCodes", model.codes());
        HBox codeScope = scope("allCodes", "agreement.codes.all", "chosenCodes", "agreement.codes.chosen", model.allCodesProperty());
        codes.disableProperty().bind(model.allCodesProperty());

        Button compute = new Button(Messages.get("agreement.compute"));
        compute.setId("computeAgreement");
        compute.setDefaultButton(true);
        compute.setOnAction(e -> model.compute());
        compute.disableProperty().bind(model.runningProperty());
        Button cancel = new Button(Messages.get("status.cancel"));
        cancel.setId("cancelAgreement");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("agreementProgress");
        bar.progressProperty().bind(model.progress().progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.textProperty().bind(model.progress().messageProperty());
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        VBox box = new VBox(6, heading("agreement.raters"), raters, machine, heading("agreement.memos"), memoScope, memos,
                heading("agreement.codes"), codeScope, codes, new HBox(6, compute, cancel), bar, message);
        box.setPadding(new Insets(8));
        memos.setMinHeight(80);
        codes.setMinHeight(80);
        VBox.setVgrow(memos, Priority.ALWAYS);
        VBox.setVgrow(codes, Priority.ALWAYS);
        return box;
    }

    private VBox results() {
        Label summary = new Label();
        summary.setId("agreementSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());

        TableView<AgreementRow> table = new TableView<>(model.results());
        table.setId("agreementTable");
        table.setPlaceholder(new Label(Messages.get("agreement.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("agreement.column.code", AgreementRow::name, 150),
                column("agreement.column.units", AgreementRow::units, 55),
                column("agreement.column.percent", AgreementRow::percent, 75),
                column("agreement.column.cohen", AgreementRow::cohen, 80),
                column("agreement.column.fleiss", AgreementRow::fleiss, 115),
                column("agreement.column.alpha", AgreementRow::alpha, 120),
                column("agreement.column.coded", AgreementRow::coded, 120)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AgreementRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("overall-row");
                if (!empty && row != null && row.overall()) {
                    getStyleClass().add("overall-row");
                }
            }
        });
        table.setPrefHeight(280);

        disagreements.setId("disagreementTable");
        disagreements.setItems(model.disagreements());
        disagreements.setPlaceholder(new Label(Messages.get("agreement.noDisagreement")));
        disagreements.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.raterNames().addListener((ListChangeListener<String>) c -> disagreementColumns());
        disagreementColumns();
        disagreements.setRowFactory(t -> {
            TableRow<DisagreementRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        disagreements.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(disagreements.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label heading = heading("agreement.disagreements");
        VBox box = new VBox(6, summary, table, heading, disagreements);
        box.setPadding(new Insets(8));
        VBox.setVgrow(disagreements, Priority.ALWAYS);
        return box;
    }

    /** Memo, sentence number, sentence, then one column per rater with the codes they gave. */
    private void disagreementColumns() {
        List<TableColumn<DisagreementRow, String>> columns = new java.util.ArrayList<>(List.of(
                column("agreement.column.memo", DisagreementRow::memo, 140),
                column("agreement.column.sentence", r -> Integer.toString(r.sentence()), 40),
                column("agreement.column.text", DisagreementRow::text, 320)));
        List<String> names = List.copyOf(model.raterNames());
        for (int i = 0; i < names.size(); i++) {
            int rater = i;
            TableColumn<DisagreementRow, String> c = new TableColumn<>(names.get(i));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().codes().get(rater)));
            c.setPrefWidth(130);
            columns.add(c);
        }
        disagreements.getColumns().setAll(columns);
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static <T> ListView<Choice<T>> checklist(String id, ObservableList<Choice<T>> items) {
        ListView<Choice<T>> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(CheckBoxListCell.forListView(Choice::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(Choice<T> c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Choice<T> fromString(String s) {
                return null;
            }
        }));
        return list;
    }

    private static HBox scope(String allId, String allKey, String chosenId, String chosenKey,
            javafx.beans.property.BooleanProperty all) {
        ToggleGroup group = new ToggleGroup();
        RadioButton everything = new RadioButton(Messages.get(allKey));
        everything.setId(allId);
        everything.setToggleGroup(group);
        RadioButton chosen = new RadioButton(Messages.get(chosenKey));
        chosen.setId(chosenId);
        chosen.setToggleGroup(group);
        everything.setSelected(all.get());
        chosen.setSelected(!all.get());
        everything.selectedProperty().addListener((obs, o, n) -> all.set(n));
        all.addListener((obs, o, n) -> (n ? everything : chosen).setSelected(true));
        return new HBox(10, everything, chosen);
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("panel-heading");
        return l;
    }
}
