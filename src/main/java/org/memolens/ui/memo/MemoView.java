package org.memolens.ui.memo;

import java.time.Duration;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.event.MouseOverTextEvent;

import org.memolens.ui.Messages;

/**
 * Shows one memo: title, details, a language notice when needed, the text coloured by the analysis
 * and, beside it, the evidence of the sentence in focus above the memo's figures and charts.
 */
public final class MemoView extends VBox {

    private final MemoTextArea text = new MemoTextArea("memoText");
    private final SplitPane split;
    private final TabPane sideTabs;
    private final StackPane legendSlot;

    public MemoView(MemoViewModel model) {
        setId("memoView");
        setSpacing(6);
        setPadding(new Insets(8));

        Label title = new Label();
        title.setId("memoTitle");
        title.getStyleClass().add("memo-title");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        HBox titleRow = new HBox(8, title, loading);

        Label details = new Label();
        details.setId("memoDetails");
        details.getStyleClass().add("memo-details");
        details.textProperty().bind(model.detailsProperty());

        Label notice = new Label();
        notice.setId("memoNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("notice-box");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        Label status = new Label();
        status.setId("memoStatus");
        status.getStyleClass().add("notice");
        status.textProperty().bind(model.statusProperty());

        VBox side = new VBox(new EvidencePanel(model), new MetricsPanel(model));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setId("memoSide");
        Tab evidence = new Tab(Messages.get("memo.tab.evidence"), sideScroll);
        evidence.setId("sideEvidence");
        evidence.setClosable(false);
        evidence.setUserData(legend());
        sideTabs = new TabPane(evidence);
        sideTabs.setId("memoSideTabs");
        legendSlot = new StackPane((Node) evidence.getUserData());
        sideTabs.getSelectionModel().selectedItemProperty().addListener((obs, o, tab) -> {
            if (tab != null && tab.getUserData() instanceof Node legend) {
                legendSlot.getChildren().setAll(legend);
            }
        });
        VBox textBox = new VBox(4, text.node(), legendSlot, status);
        VBox.setVgrow(text.node(), Priority.ALWAYS);
        split = new SplitPane(textBox, sideTabs);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(titleRow, details, notice, split);

        model.loadedProperty().addListener((obs, o, m) -> {
            if (m == null) {
                text.clear();
            } else {
                text.show(m.memo().text(), m.analysis().sentences(), model.codebook());
            }
        });
        model.selectedIndexProperty().addListener((obs, o, n) -> {
            int i = n.intValue();
            text.restyle(i);
            if (i >= 0 && i < model.sentences().size()) {
                SentenceRow row = model.sentences().get(i);
                if (text.area().getCaretPosition() < row.start() || text.area().getCaretPosition() >= row.end()) {
                    text.moveTo(row.start());
                }
            }
        });
        model.revealProperty().addListener((obs, o, span) -> {
            if (span != null && span.end() <= text.area().getLength()) {
                text.reveal(span.start(), span.end());
            }
        });
        // Only a reader's own click or arrow key moves the focus, not the caret reset of a new memo.
        text.area().caretPositionProperty().addListener((obs, o, n) -> {
            if (text.area().isFocused()) {
                model.selectAt(n);
            }
        });
        text.area().setMouseOverTextDelay(Duration.ofMillis(250));
        text.area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> model.hoverAt(e.getCharacterIndex()));
        text.area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> model.hoverAt(-1));
    }

    public SplitPane split() {
        return split;
    }

    public void focusText() {
        text.area().requestFocus();
    }

    /** The memo text, for features that draw on it (coding). */
    public MemoTextArea text() {
        return text;
    }

    /**
     * Adds a tab beside the evidence; while it is in front, {@code legend} replaces the legend
     * under the text.
     */
    public void addSideTab(Tab tab, Node legend) {
        tab.setClosable(false);
        tab.setUserData(legend);
        sideTabs.getTabs().add(tab);
    }

    public TabPane sideTabs() {
        return sideTabs;
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(10, 2);
        legend.getStyleClass().add("legend");
        legend.getChildren().addAll(
                swatch("legend.positive", "legend-positive"), swatch("legend.negative", "legend-negative"),
                swatch("legend.harm", "legend-harm"), swatch("legend.gap", "legend-gap"),
                swatch("legend.euphemism", "legend-euphemism"), swatch("legend.agentless", "legend-agentless"),
                new Label(Messages.get("legend.keys")));
        return legend;
    }

    private static Label swatch(String key, String styleClass) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll("legend-item", styleClass);
        return l;
    }
}
