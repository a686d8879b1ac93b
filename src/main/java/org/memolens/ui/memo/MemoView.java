package org.memolens.ui.memo;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.memolens.ui.Messages;

/** Shows one memo: title, details, a language notice when needed, and its numbered sentences. */
public final class MemoView extends VBox {

    public MemoView(MemoViewModel model) {
        setId("memoView");
        setSpacing(6);
        setPadding(new Insets(8));

        Label title = new Label();
        title.setId("memoTitle");
        title.textProperty().bind(model.titleProperty());
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        title.setWrapText(true);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        HBox titleRow = new HBox(8, title, loading);

        Label details = new Label();
        details.setId("memoDetails");
        details.textProperty().bind(model.detailsProperty());

        Label notice = new Label();
        notice.setId("memoNotice");
        notice.setWrapText(true);
        notice.setStyle("-fx-background-color: #fff3cd; -fx-padding: 6; -fx-text-fill: #664d03;");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        ListView<SentenceRow> sentences = new ListView<>(model.sentences());
        sentences.setId("memoSentences");
        sentences.setPlaceholder(new Label(Messages.get("memo.placeholder")));
        sentences.setCellFactory(list -> new SentenceCell(list));
        VBox.setVgrow(sentences, Priority.ALWAYS);

        getChildren().addAll(titleRow, details, notice, sentences);
    }

    /** A sentence with its number in a fixed-width gutter, wrapped to the list's width. */
    private static final class SentenceCell extends ListCell<SentenceRow> {
        private final Label number = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(10, number, text);

        SentenceCell(ListView<SentenceRow> list) {
            number.setMinWidth(32);
            number.setStyle("-fx-text-fill: -fx-mid-text-color; -fx-alignment: top-right;");
            text.setWrapText(true);
            text.maxWidthProperty().bind(list.widthProperty().subtract(80));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SentenceRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
            } else {
                number.setText(String.valueOf(row.number()));
                text.setText(row.text());
                setGraphic(box);
            }
        }
    }
}
