package org.memolens.ui.library;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.memolens.domain.MemoSummary;
import org.memolens.ui.Messages;

/**
 * The memo library: a search field over a table of memos (title, author, date, words). Files
 * dropped on it are imported.
 */
public final class LibraryView extends VBox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final TextField search = new TextField();
    private final TableView<MemoSummary> table = new TableView<>();

    public LibraryView(LibraryViewModel model) {
        setId("library");
        setSpacing(6);
        setPadding(new Insets(8));

        search.setId("librarySearch");
        search.setPromptText(Messages.get("library.search.prompt"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        // Search as the user types, once they pause, not on every key stroke.
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> model.refresh());
        search.textProperty().addListener((obs, old, now) -> debounce.playFromStart());

        table.setId("libraryTable");
        table.setItems(model.memos());
        table.setPlaceholder(new Label(Messages.get("library.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column(Messages.get("library.column.title"), 220, m -> m.title()),
                column(Messages.get("library.column.author"), 120, m -> m.metadata().author()),
                column(Messages.get("library.column.date"), 90,
                        m -> m.metadata().date() == null ? "" : DATE.format(m.metadata().date())),
                wordsColumn()));
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                    table.scrollTo(now);
                }
            }
        });

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });

        getChildren().addAll(search, table);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static TableColumn<MemoSummary, String> column(String title, double width,
            java.util.function.Function<MemoSummary, String> value) {
        TableColumn<MemoSummary, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<MemoSummary, Integer> wordsColumn() {
        TableColumn<MemoSummary, Integer> column = new TableColumn<>(Messages.get("library.column.words"));
        column.setPrefWidth(70);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().wordCount()));
        return column;
    }
}
