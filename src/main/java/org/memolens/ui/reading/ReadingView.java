package org.memolens.ui.reading;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.memolens.ui.Messages;

/** Reading mode: large, plain text; what the memo means for staff first, then the memo with glosses. */
public final class ReadingView extends ScrollPane {

    public ReadingView(ReadingViewModel model) {
        setId("readingView");
        getStyleClass().add("reading");
        setFitToWidth(true);

        Label title = label("readingTitle", "reading-title");
        title.textProperty().bind(model.titleProperty());
        Label headline = label("readingHeadline", "reading-headline");
        headline.textProperty().bind(model.headlineProperty());
        Label notice = label("readingNotice", "notice-box");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        VBox harm = section("readingHarm", "reading.section.harm", model.harm());
        VBox euphemisms = section("readingEuphemisms", "reading.section.euphemisms", model.euphemisms());
        VBox agents = section("readingAgents", "reading.section.agents", model.hiddenAgents());

        Label wholeHeading = label(null, "reading-section");
        wholeHeading.setText(Messages.get("reading.section.whole"));
        Label whole = label("readingText", "reading-text");
        whole.textProperty().bind(model.plainTextProperty());

        VBox box = new VBox(12, title, headline, notice, harm, euphemisms, agents, wholeHeading, whole);
        box.setPadding(new Insets(16, 24, 24, 24));
        box.setMaxWidth(900);
        setContent(box);
    }

    private static VBox section(String id, String headingKey, ObservableList<String> items) {
        VBox box = new VBox(6);
        box.setId(id);
        Label heading = label(null, "reading-section");
        heading.setText(Messages.get(headingKey));
        Runnable fill = () -> {
            box.getChildren().setAll(heading);
            for (String item : items) {
                box.getChildren().add(label(null, "reading-item"));
                // A memo's own list marker ("- ", "1. ") would stand beside ours: show one bullet only.
                ((Label) box.getChildren().get(box.getChildren().size() - 1))
                        .setText("• " + item.replaceFirst("^([-*•‣◦–—]|\\d{1,3}[.)])\\s+", ""));
            }
            box.setVisible(!items.isEmpty());
            box.setManaged(!items.isEmpty());
        };
        items.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return box;
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
