package org.memolens.ui.memo;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.memolens.domain.MemoMetrics;
import org.memolens.ui.Messages;

/** Memo-level figures and three charts: the tone arc, frame shares and device counts. */
final class MetricsPanel extends VBox {

    private final GridPane figures = new GridPane();
    private final LineChart<Number, Number> arc;
    private final BarChart<Number, String> frames;
    private final BarChart<Number, String> devices;

    MetricsPanel(MemoViewModel model) {
        setId("metricsPanel");
        setSpacing(6);
        setPadding(new Insets(8));
        figures.setId("memoFigures");
        figures.setHgap(12);
        figures.setVgap(2);

        NumberAxis x = new NumberAxis(0, 100, 25);
        x.setLabel(Messages.get("chart.arc.x"));
        NumberAxis y = new NumberAxis(-1, 1, 0.5);
        arc = new LineChart<>(x, y);
        arc.setId("toneArcChart");
        arc.setTitle(Messages.get("chart.arc.title"));
        arc.setLegendVisible(false);
        arc.setCreateSymbols(false);
        arc.setAnimated(false);
        arc.setPrefHeight(200);
        show(arc, false);

        frames = horizontalBars("frameSharesChart", Messages.get("chart.frames.title"), true);
        devices = horizontalBars("deviceCountsChart", Messages.get("chart.devices.title"), false);

        Label heading = new Label(Messages.get("metrics.heading"));
        heading.getStyleClass().add("panel-heading");
        getChildren().addAll(heading, figures, arc, frames, devices);

        model.figures().addListener((ListChangeListener<MemoViewModel.Figure>) c -> showFigures(model));
        model.toneArc().addListener((ListChangeListener<MemoMetrics.ArcPoint>) c -> showArc(model));
        model.frameShares().addListener((ListChangeListener<MemoViewModel.FrameShare>) c -> showFrames(model));
        model.deviceCounts().addListener((ListChangeListener<MemoViewModel.Figure>) c -> showDevices(model));
    }

    private void showFigures(MemoViewModel model) {
        figures.getChildren().clear();
        int row = 0;
        for (MemoViewModel.Figure f : model.figures()) {
            Label value = new Label(f.value());
            value.getStyleClass().add("figure-value");
            figures.addRow(row++, new Label(f.label()), value);
        }
    }

    private void showArc(MemoViewModel model) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (MemoMetrics.ArcPoint p : model.toneArc()) {
            series.getData().add(new XYChart.Data<>(p.position() * 100, p.score()));
        }
        arc.getData().setAll(java.util.List.of(series));
        show(arc, !model.toneArc().isEmpty());
    }

    private void showFrames(MemoViewModel model) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        var shares = new java.util.ArrayList<>(model.frameShares());
        java.util.Collections.reverse(shares); // the chart draws the first category at the bottom
        for (MemoViewModel.FrameShare f : shares) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(f.share() * 100, f.name());
            series.getData().add(bar);
            bar.nodeProperty().addListener((obs, o, node) -> {
                if (node != null) {
                    node.setStyle("-fx-bar-fill: " + f.colour() + ";");
                }
            });
        }
        frames.getData().setAll(java.util.List.of(series));
        frames.setPrefHeight(60 + 24 * shares.size());
        show(frames, !shares.isEmpty());
    }

    private void showDevices(MemoViewModel model) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (MemoViewModel.Figure f : model.deviceCounts()) {
            series.getData().add(new XYChart.Data<>(Integer.parseInt(f.value()), f.label()));
        }
        devices.getData().setAll(java.util.List.of(series));
        show(devices, !model.deviceCounts().isEmpty());
    }

    private static BarChart<Number, String> horizontalBars(String id, String title, boolean percent) {
        NumberAxis value = new NumberAxis();
        value.setLabel(percent ? Messages.get("chart.frames.x") : Messages.get("chart.devices.x"));
        value.setForceZeroInRange(true);
        if (!percent) {
            value.setMinorTickVisible(false);
        }
        BarChart<Number, String> chart = new BarChart<>(value, new CategoryAxis());
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(180);
        show(chart, false);
        return chart;
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
