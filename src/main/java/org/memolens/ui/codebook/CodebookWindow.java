package org.memolens.ui.codebook;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.memolens.domain.CodebookVersion;
import org.memolens.ui.Messages;

/**
 * The codebook editor, a window of its own beside the memos: the code tree (name, colour, number
 * of codings), the selected code's editor, and the history of versions with the codes as they
 * were at each. Toolbar: add, add sub-code, rename (F2), merge, delete, import and export.
 *
 * <p>Use on the FX thread.
 */
public final class CodebookWindow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Stage stage = new Stage();
    private final CodebookViewModel model;
    private final TreeView<CodeRow> tree = new TreeView<>();
    private final CodeForm form;
    private final Supplier<Optional<Path>> openFile;
    private final Function<String, Optional<Path>> saveFile;

    /**
     * @param openFile asks for a codebook file to import (.csv or .qdc)
     * @param saveFile asks where to export, given a suggested file name
     * @param styler   applies the window's theme and zoom to a scene
     */
    public CodebookWindow(Window owner, CodebookViewModel model, Supplier<Optional<Path>> openFile,
            Function<String, Optional<Path>> saveFile, Consumer<Scene> styler) {
        this.model = model;
        this.openFile = openFile;
        this.saveFile = saveFile;
        this.form = new CodeForm(model);
        stage.initOwner(owner);
        stage.setTitle(Messages.get("codebook.window"));

        tree.setId("codeTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new CodeTreeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, o, item) ->
                form.show(item == null || item.getValue() == null ? null : item.getValue().code()));
        model.rows().addListener((ListChangeListener<CodeRow>) c -> rebuildTree());
        rebuildTree();

        Label status = new Label();
        status.setId("codebookStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));

        SplitPane codes = new SplitPane(tree, form);
        codes.setDividerPositions(0.42);
        Tab codesTab = new Tab(Messages.get("codebook.tab.codes"), codes);
        Tab historyTab = new Tab(Messages.get("codebook.tab.history"), history());
        historyTab.setId("codebookHistoryTab");
        TabPane tabs = new TabPane(codesTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        BorderPane root = new BorderPane(tabs);
        root.setId("codebookWindow");
        root.setTop(toolbar());
        root.setBottom(status);
        Scene scene = new Scene(root, 900, 600);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), form::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F2), this::rename);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });
        stage.setScene(scene);
        styler.accept(scene);
    }

    public void show() {
        model.reload();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private ToolBar toolbar() {
        Pane spacer = new Pane();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(
                button("addCode", "codebook.add", () -> add(false)),
                button("addSubCode", "codebook.addSub", () -> add(true)),
                button("renameCode", "codebook.rename", this::rename),
                button("mergeCode", "codebook.merge", this::merge),
                button("deleteCode", "codebook.delete", this::delete),
                spacer,
                button("importCodebook", "codebook.import", () -> openFile.get().ifPresent(model::importFile)),
                button("exportCodebook", "codebook.export", () -> saveFile.apply("codebook.qdc").ifPresent(model::exportFile)));
    }

    private VBox history() {
        ListView<CodebookVersion> versions = new ListView<>(model.history());
        versions.setId("codebookHistory");
        versions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CodebookVersion v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Messages.get("codebook.version", v.version(), WHEN.format(v.createdAt()),
                        v.change() == null ? "" : v.change()));
            }
        });
        ListView<CodeRow> codes = new ListView<>(model.versionCodes());
        codes.setId("versionCodes");
        codes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CodeRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : "  ".repeat(row.depth()) + row.name() + "  (" + row.id() + ")");
                setGraphic(empty || row == null ? null : swatch(row.code().colour()));
            }
        });
        versions.getSelectionModel().selectedItemProperty().addListener((obs, o, v) -> {
            if (v != null) {
                model.showVersion(v.version());
            }
        });
        Label heading = new Label(Messages.get("codebook.history.codes"));
        VBox box = new VBox(6, versions, heading, codes);
        box.setPadding(new Insets(8));
        VBox.setVgrow(versions, Priority.ALWAYS);
        VBox.setVgrow(codes, Priority.ALWAYS);
        return box;
    }

    private void add(boolean under) {
        CodeRow parent = under ? selected() : null;
        if (under && parent == null) {
            return;
        }
        CodeDialogs.askName(stage, Messages.get(under ? "codebook.addSub" : "codebook.add"),
                under ? Messages.get("codebook.add.under", parent.name()) : Messages.get("codebook.add.header"), "")
                .ifPresent(name -> model.add(name, parent == null ? null : parent.id(), this::select));
    }

    private void rename() {
        CodeRow code = selected();
        if (code != null) {
            CodeDialogs.askName(stage, Messages.get("codebook.rename"), Messages.get("codebook.rename.header", code.id()),
                    code.name()).filter(n -> !n.equals(code.name())).ifPresent(n -> model.rename(code.id(), n));
        }
    }

    private void merge() {
        CodeRow source = selected();
        if (source != null) {
            model.countCodings(source.id(), count -> CodeDialogs.merge(stage, source, count, others(source))
                    .ifPresent(target -> model.merge(source.id(), target)));
        }
    }

    private void delete() {
        CodeRow code = selected();
        if (code != null) {
            model.countCodings(code.id(), count -> CodeDialogs.delete(stage, code, count, others(code))
                    .ifPresent(deletion -> model.delete(code.id(), deletion)));
        }
    }

    private List<CodeRow> others(CodeRow code) {
        return model.rows().stream().filter(r -> !r.id().equals(code.id())).toList();
    }

    private CodeRow selected() {
        TreeItem<CodeRow> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void select(org.memolens.domain.Code code) {
        find(tree.getRoot(), code.code()).ifPresent(item -> tree.getSelectionModel().select(item));
    }

    /** Rebuilds the tree from the rows (tree order, with depth), keeping the selected code selected. */
    private void rebuildTree() {
        String keep = selected() == null ? null : selected().id();
        TreeItem<CodeRow> root = new TreeItem<>();
        Deque<TreeItem<CodeRow>> path = new ArrayDeque<>();
        for (CodeRow row : model.rows()) {
            while (path.size() > row.depth()) {
                path.pop();
            }
            TreeItem<CodeRow> item = new TreeItem<>(row);
            item.setExpanded(true);
            (path.isEmpty() ? root : path.peek()).getChildren().add(item);
            path.push(item);
        }
        tree.setRoot(root);
        Optional<TreeItem<CodeRow>> again = keep == null ? Optional.empty() : find(root, keep);
        if (again.isPresent()) {
            tree.getSelectionModel().select(again.get());
        } else {
            form.show(null);
        }
    }

    private static Optional<TreeItem<CodeRow>> find(TreeItem<CodeRow> item, String code) {
        if (item.getValue() != null && item.getValue().id().equals(code)) {
            return Optional.of(item);
        }
        for (TreeItem<CodeRow> child : item.getChildren()) {
            Optional<TreeItem<CodeRow>> found = find(child, code);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Rectangle swatch(String colour) {
        Rectangle r = new Rectangle(12, 12);
        try {
            r.setFill(Color.web(colour));
        } catch (IllegalArgumentException | NullPointerException e) {
            r.setFill(Color.GRAY);
        }
        return r;
    }

    /** A code with its colour, identifier and number of codings. */
    private static final class CodeTreeCell extends TreeCell<CodeRow> {
        @Override
        protected void updateItem(CodeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
            } else {
                setText(row.codings() < 0 ? row.name() : Messages.get("codebook.treeLabel", row.name(), row.codings()));
                setGraphic(swatch(row.code().colour()));
                setTooltip(new Tooltip(row.id() + (row.code().definition().isBlank() ? "" : "\n" + row.code().definition())));
            }
        }
    }
}
