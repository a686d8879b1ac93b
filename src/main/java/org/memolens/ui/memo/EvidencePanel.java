package org.memolens.ui.memo;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.memolens.ui.Messages;

/** The evidence of the sentence under the mouse or in focus: tone words and weights, impact, frames, devices. */
final class EvidencePanel extends VBox {

    EvidencePanel(MemoViewModel model) {
        setId("evidencePanel");
        getStyleClass().add("evidence-panel");
        setSpacing(4);
        setPadding(new Insets(8));
        model.evidenceProperty().addListener((obs, o, e) -> show(e));
        show(null);
    }

    private void show(SentenceEvidence e) {
        getChildren().clear();
        Label heading = new Label(e == null ? Messages.get("evidence.none")
                : Messages.get("evidence.heading", e.number()));
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        getChildren().add(heading);
        if (e == null) {
            return;
        }
        Label text = wrapped(e.text(), "evidence-sentence");
        getChildren().add(text);
        if (!e.gap().isEmpty()) {
            getChildren().add(wrapped(e.gap(), "evidence-gap"));
        }
        if (!e.tone().isEmpty()) {
            getChildren().add(wrapped(e.tone(), "evidence-line"));
            e.toneWords().forEach(w -> getChildren().add(wrapped("   " + w, "evidence-word")));
            if (!e.toneNote().isEmpty()) {
                getChildren().add(wrapped(e.toneNote(), "evidence-note"));
            }
        }
        if (!e.impact().isEmpty()) {
            getChildren().add(wrapped(e.impact(), "evidence-line"));
        }
        if (!e.frames().isEmpty()) {
            FlowPane chips = new FlowPane(4, 4);
            for (SentenceEvidence.FrameLine f : e.frames()) {
                Label chip = new Label(f.name());
                chip.getStyleClass().add("frame-chip");
                chip.setStyle("-fx-border-color: " + f.colour() + ";");
                chips.getChildren().add(chip);
            }
            getChildren().add(chips);
            e.frames().forEach(f -> getChildren().add(wrapped(f.name() + ": " + f.detail(), "evidence-word")));
        }
        e.devices().forEach(d -> getChildren().add(wrapped(d, "evidence-device")));
        if (e.tone().isEmpty() && e.impact().isEmpty() && e.frames().isEmpty() && e.devices().isEmpty()) {
            getChildren().add(wrapped(Messages.get("evidence.nothing"), "evidence-word"));
        }
    }

    private static Label wrapped(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
