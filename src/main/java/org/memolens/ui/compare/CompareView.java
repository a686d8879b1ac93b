package org.memolens.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.StyleClassedTextArea;

import org.memolens.research.ComparedMemo;
import org.memolens.research.Comparison;
import org.memolens.research.MetricRow;
import org.memolens.research.WeightedLogOdds;
import org.memolens.ui.Messages;
import org.memolens.ui.memo.MemoTextArea;

/**
 * The compare view: the memos' texts side by side with synchronised scrolling above, and below the
 * figures with deltas, overlaid tone arcs, grouped frame shares and each memo's distinctive words
 * (click a word to find it in its memo).
 */
public final class CompareView extends VBox {

    /** One colour per compared memo, matching the HTML report. */
    public static final List<String> COLOURS = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b");

    private final CompareViewModel model;
    private final HBox texts = new HBox(6);
    private final List<MemoTextArea> areas = new ArrayList<>();
    private final TableView<MetricRow> table = new TableView<>();
    private final LineChart<Number, Number> arcs;
    private final BarChart<Number, String> frames;
    private final HBox words = new HBox(8);
    private final SplitPane split;

    public CompareView(CompareViewModel model) {
        this.model = model;
        setId("compareView");
        setSpacing(6);
        setPadding(new Insets(8));

        Label placeholder = new Label(Messages.get("compare.placeholder"));
        placeholder.setWrapText(true);
        StackPane top = new StackPane(placeholder, texts);
        texts.visibleProperty().bind(model.comparisonProperty().isNotNull());
        placeholder.visibleProperty().bind(model.comparisonProperty().isNull());

        table.setId("compareTable");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setItems(model.rows());
        arcs = new LineChart<>(new NumberAxis(0, 100, 25), new NumberAxis(-1, 1, 0.5));
        arcs.setId("compareArcs");
        arcs.setCreateSymbols(false);
        arcs.setAnimated(false);
        arcs.getXAxis().setLabel(Messages.get("chart.arc.x"));
        frames = new BarChart<>(new NumberAxis(), new CategoryAxis());
        frames.setId("compareFrames");
        frames.setAnimated(false);
        frames.getXAxis().setLabel(Messages.get("chart.frames.x"));
        words.setId("compareWords");
        words.setPadding(new Insets(6));

        TabPane tabs = new TabPane(tab("compare.tab.figures", table), tab("compare.tab.arcs", arcs),
                tab("compare.tab.frames", frames), tab("compare.tab.words", words));
        tabs.setId("compareTabs");
        split = new SplitPane(top, tabs);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label status = new Label();
        status.setId("compareStatus");
        status.getStyleClass().add("notice");
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(split, status);

        model.comparisonProperty().addListener((obs, o, c) -> {
            if (c != null) {
                show(c);
            }
        });
        model.foundProperty().addListener((obs, o, f) -> {
            if (f != null && f.memo() < areas.size()) {
                areas.get(f.memo()).reveal(f.start(), f.end());
            }
        });
    }

    public SplitPane split() {
        return split;
    }

    private static Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setClosable(false);
        return tab;
    }

    private void show(Comparison c) {
        List<ComparedMemo> memos = c.memos();
        texts.getChildren().clear();
        areas.clear();
        for (int i = 0; i < memos.size(); i++) {
            ComparedMemo m = memos.get(i);
            MemoTextArea area = new MemoTextArea("compareText" + i);
            area.show(m.memo().text(), m.analysis().sentences(), model.codebook());
            areas.add(area);
            Label title = new Label(m.memo().title());
            title.getStyleClass().add("compare-title");
            title.setStyle("-fx-border-color: transparent transparent " + colour(i) + " transparent;");
            VBox column = new VBox(4, title, area.node());
            VBox.setVgrow(area.node(), Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(200);
            texts.getChildren().add(column);
        }
        new ScrollSync().bind(areas.stream().map(MemoTextArea::area).toList());
        showTable(memos);
        showArcs(memos);
        showFrames(c);
        showWords(c);
    }

    private void showTable(List<ComparedMemo> memos) {
        table.getColumns().clear();
        TableColumn<MetricRow, String> label = new TableColumn<>(Messages.get("compare.column.figure"));
        label.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().label()));
        label.setPrefWidth(260);
        table.getColumns().add(label);
        for (int i = 0; i < memos.size(); i++) {
            int memo = i;
            TableColumn<MetricRow, String> value = new TableColumn<>("#" + (i + 1) + " " + memos.get(i).memo().title());
            value.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().format(cell.getValue().values().get(memo))));
            value.setStyle("-fx-alignment: CENTER-RIGHT;");
            value.setPrefWidth(170);
            table.getColumns().add(value);
            if (i > 0) {
                TableColumn<MetricRow, String> delta = new TableColumn<>(Messages.get("compare.column.delta", i + 1));
                delta.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                        cell.getValue().formatDelta(cell.getValue().delta(memo))));
                delta.setStyle("-fx-alignment: CENTER-RIGHT;");
                delta.setPrefWidth(90);
                table.getColumns().add(delta);
            }
        }
    }

    private void showArcs(List<ComparedMemo> memos) {
        arcs.getData().clear();
        for (int i = 0; i < memos.size(); i++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(memos.get(i).memo().title());
            memos.get(i).metrics().toneArc().forEach(p -> series.getData().add(new XYChart.Data<>(p.position() * 100, p.score())));
            arcs.getData().add(series);
            String colour = colour(i);
            if (series.getNode() != null) {
                series.getNode().setStyle("-fx-stroke: " + colour + ";");
            }
        }
    }

    private void showFrames(Comparison c) {
        frames.getData().clear();
        List<MetricRow> frameRows = c.rows().stream().filter(r -> r.key().startsWith("frame.")).toList();
        for (int i = 0; i < c.memos().size(); i++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(c.memos().get(i).memo().title());
            for (MetricRow row : frameRows) {
                Double v = row.values().get(i);
                XYChart.Data<Number, String> bar = new XYChart.Data<>(v == null ? 0 : v * 100,
                        row.label().replaceFirst("^Frame: ", ""));
                String colour = colour(i);
                bar.nodeProperty().addListener((obs, o, node) -> {
                    if (node != null) {
                        node.setStyle("-fx-bar-fill: " + colour + ";");
                    }
                });
                series.getData().add(bar);
            }
            frames.getData().add(series);
        }
    }

    private void showWords(Comparison c) {
        words.getChildren().clear();
        for (int i = 0; i < c.memos().size(); i++) {
            int memo = i;
            ListView<WeightedLogOdds.Score> list = new ListView<>();
            list.setId("distinctiveWords" + i);
            list.getItems().setAll(c.distinctive().get(i));
            list.setPlaceholder(new Label(Messages.get("compare.words.none")));
            list.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(WeightedLogOdds.Score s, boolean empty) {
                    super.updateItem(s, empty);
                    setText(empty || s == null ? null : String.format(Locale.ROOT, "%s   z %.1f  (%d× vs %d×)", s.word(),
                            s.z(), s.focusCount(), s.otherCount()));
                }
            });
            list.setOnMouseClicked(e -> {
                WeightedLogOdds.Score s = list.getSelectionModel().getSelectedItem();
                if (s != null) {
                    model.find(memo, s.word());
                }
            });
            list.setOnKeyPressed(e -> {
                WeightedLogOdds.Score s = list.getSelectionModel().getSelectedItem();
                if (s != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    model.find(memo, s.word());
                }
            });
            Label title = new Label(Messages.get("compare.words.title", c.memos().get(i).memo().title()));
            title.setWrapText(true);
            VBox column = new VBox(4, title, list);
            VBox.setVgrow(list, Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            words.getChildren().add(column);
        }
    }

    /** The text areas of the memos on show, in order (for tests and keyboard focus). */
    public List<StyleClassedTextArea> textAreas() {
        return areas.stream().map(MemoTextArea::area).toList();
    }

    private static String colour(int i) {
        return COLOURS.get(i % COLOURS.size());
    }
}
