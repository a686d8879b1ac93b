package org.memolens.ui.library;

import java.io.File;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.memolens.domain.LibraryEntry;
import org.memolens.domain.MemoFigures;
import org.memolens.ui.Messages;

/**
 * The memo library: full-text search and a collection filter over a sortable table of memos with
 * their figures (mean tone, top frames, gap index). Files dropped on it are imported.
 */
public final class LibraryView extends VBox {

    private final TextField search = new TextField();
    private final TableView<LibraryEntry> table = new TableView<>();

    public LibraryView(LibraryViewModel model) {
        setId("library");
        getStyleClass().add("library");
        setSpacing(6);
        setPadding(new Insets(8));

        search.setId("librarySearch");
        search.setPromptText(Messages.get("library.search.prompt"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        // Search as the user types, once they pause, not on every key stroke.
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> model.refresh());
        search.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<String> collection = new ComboBox<>();
        collection.setId("libraryCollection");
        collection.setPromptText(Messages.get("library.collection.all"));
        collection.setButtonCell(collectionCell());
        collection.setCellFactory(list -> collectionCell());
        // Replacing the items may clear the combo box's value; that must not reset the filter.
        boolean[] updating = {false};
        model.collections().addListener((ListChangeListener<String>) c -> {
            updating[0] = true;
            try {
                String current = model.collectionProperty().get();
                collection.getItems().setAll(model.collections());
                collection.getItems().add(0, null);
                collection.setValue(current != null && model.collections().contains(current) ? current : null);
            } finally {
                updating[0] = false;
            }
            if (model.collectionProperty().get() != null && !model.collections().contains(model.collectionProperty().get())) {
                model.collectionProperty().set(null);
            }
        });
        collection.valueProperty().addListener((obs, o, n) -> {
            if (!updating[0]) {
                model.collectionProperty().set(n);
            }
        });

        table.setId("libraryTable");
        SortedList<LibraryEntry> sorted = new SortedList<>(model.memos());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(Messages.get("library.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Columns keep their widths and the table scrolls sideways; the "+" button hides columns.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.getColumns().addAll(List.of(
                text("library.column.title", 210, LibraryEntry::title),
                text("library.column.author", 110, e -> e.memo().metadata().author()),
                dateColumn(),
                number("library.column.words", 64, e -> (double) e.memo().wordCount(), v -> String.format("%.0f", v)),
                number("library.column.tone", 62, e -> figure(e, MemoFigures::meanTone),
                        v -> String.format(Locale.ROOT, "%+.2f", v)),
                text("library.column.frames", 170, e -> e.figures() == null ? "" : model.frameNames(e.figures().topFrames())),
                number("library.column.gap", 56, e -> figure(e, MemoFigures::gapIndex),
                        v -> String.format(Locale.ROOT, "%.0f%%", v * 100)),
                text("library.column.collections", 110, e -> String.join(", ", e.collections()))));
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<LibraryEntry>) c ->
                model.selection().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || table.getSelectionModel().isEmpty()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().clearSelection();
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

        Label notice = new Label();
        notice.setId("libraryNotice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        HBox filters = new HBox(6, search, collection);
        filters.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(filters, table, notice);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
    }

    public void setContextMenu(ContextMenu menu) {
        table.setContextMenu(menu);
    }

    private static ListCell<String> collectionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("library.collection.all") : item);
            }
        };
    }

    private static Double figure(LibraryEntry e, Function<MemoFigures, Double> value) {
        return e.figures() == null ? null : value.apply(e.figures());
    }

    private static TableColumn<LibraryEntry, String> text(String key, double width, Function<LibraryEntry, String> value) {
        TableColumn<LibraryEntry, String> column = new TableColumn<>(Messages.get(key));
        column.setId(key.replace('.', '-'));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        return column;
    }

    private static TableColumn<LibraryEntry, LocalDate> dateColumn() {
        TableColumn<LibraryEntry, LocalDate> column = new TableColumn<>(Messages.get("library.column.date"));
        column.setPrefWidth(90);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().memo().metadata().date()));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        return column;
    }

    /** A right-aligned number column that sorts by value and leaves missing figures blank, sorted last. */
    private static TableColumn<LibraryEntry, Double> number(String key, double width, Function<LibraryEntry, Double> value,
            Function<Double, String> format) {
        TableColumn<LibraryEntry, Double> column = new TableColumn<>(Messages.get(key));
        column.setId(key.replace('.', '-'));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }
}
