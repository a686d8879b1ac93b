package org.memolens.ui.models;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.memolens.ui.Messages;

/** A table of cross-validated scores per code: support, precision, recall, F1. */
final class ScoreTable {

    private ScoreTable() {
    }

    static TableView<ScoreRow> of(String id, ObservableList<ScoreRow> rows) {
        TableView<ScoreRow> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(Messages.get("models.noScores")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(column("models.column.code", ScoreRow::name, 180),
                column("models.column.support", ScoreRow::support, 70),
                column("models.column.precision", ScoreRow::precision, 80),
                column("models.column.recall", ScoreRow::recall, 70),
                column("models.column.f1", ScoreRow::f1, 60)));
        return table;
    }

    private static TableColumn<ScoreRow, String> column(String key, Function<ScoreRow, String> value, double width) {
        TableColumn<ScoreRow, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
