package org.memolens.ui.coding;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.memolens.domain.Coder;
import org.memolens.ui.Messages;

/**
 * The top of the coding panel: who is coding (choose, add, rename) and whose codings are shown
 * (all coders, one or several), and whether the machine's suggestions are shown.
 */
final class CoderBar extends VBox {

    private final CodingViewModel model;
    private final CodersViewModel coders;
    /** Set while the bar shows the active coder, so that is not taken for a person's choice. */
    private boolean syncing;

    CoderBar(CodingViewModel model, CodersViewModel coders) {
        super(6);
        this.model = model;
        this.coders = coders;
        getChildren().addAll(coderRow(), showRow());
    }

    private FlowPane coderRow() {
        ComboBox<Coder> choice = new ComboBox<>(coders.coders());
        choice.setId("coderChoice");
        choice.setPromptText(Messages.get("coder.none"));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Coder c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Coder fromString(String s) {
                return null;
            }
        });
        Runnable showActive = () -> {
            syncing = true;
            try {
                choice.setValue(coders.activeProperty().get());
            } finally {
                syncing = false;
            }
        };
        showActive.run();
        coders.activeProperty().addListener((obs, o, n) -> showActive.run());
        // replacing the items (a reload, a rename) may clear the shown value
        coders.coders().addListener((ListChangeListener<Coder>) c -> showActive.run());
        choice.valueProperty().addListener((obs, o, n) -> {
            if (!syncing && n != null) {
                coders.activate(n);
            }
        });
        Button add = new Button("+");
        add.setId("addCoder");
        add.setTooltip(new Tooltip(Messages.get("coder.add.title")));
        add.setOnAction(e -> CoderDialogs.addCoder(getScene().getWindow(), coders));
        Button rename = new Button(Messages.get("coder.rename.button"));
        rename.setId("renameCoder");
        rename.setOnAction(e -> CoderDialogs.renameActive(getScene().getWindow(), coders));
        HBox who = new HBox(6, new Label(Messages.get("coder.codingAs")), choice);
        who.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(6, 4, who, add, rename);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** "Show: all coders" with a check per coder, and whether the machine's suggestions are shown. */
    private FlowPane showRow() {
        MenuButton show = new MenuButton();
        show.setId("showCoders");
        Runnable label = () -> show.setText(model.showAllCodersProperty().get() ? Messages.get("coding.show.all")
                : Messages.get("coding.show.some", String.join(", ", coders.coders().stream()
                        .filter(c -> model.shownCoders().contains(c.id())).map(Coder::name).toList())));
        model.showAllCodersProperty().addListener((obs, o, n) -> label.run());
        model.shownCoders().addListener((javafx.collections.SetChangeListener<Long>) c -> label.run());
        coders.coders().addListener((ListChangeListener<Coder>) c -> label.run());
        label.run();
        show.setOnShowing(e -> {
            CheckMenuItem all = new CheckMenuItem(Messages.get("coding.show.allItem"));
            all.setId("showAllCoders");
            all.setSelected(model.showAllCodersProperty().get());
            all.setOnAction(ev -> {
                model.shownCoders().clear();
                model.showAllCodersProperty().set(true);
            });
            show.getItems().setAll(all, new SeparatorMenuItem());
            for (Coder c : coders.coders()) {
                CheckMenuItem item = new CheckMenuItem(c.name());
                item.setId("showCoder-" + c.id());
                item.setSelected(model.showAllCodersProperty().get() || model.shownCoders().contains(c.id()));
                item.setOnAction(ev -> showCoder(c, item.isSelected()));
                show.getItems().add(item);
            }
        });
        CheckBox suggestions = new CheckBox(Messages.get("coding.show.suggestions"));
        suggestions.setId("showSuggestions");
        suggestions.selectedProperty().bindBidirectional(model.showSuggestionsProperty());
        FlowPane bar = new FlowPane(8, 4, show, suggestions);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showCoder(Coder coder, boolean shown) {
        List<Long> all = coders.coders().stream().map(Coder::id).toList();
        if (model.showAllCodersProperty().get()) {
            model.shownCoders().addAll(all);
            model.showAllCodersProperty().set(false);
        }
        if (shown) {
            model.shownCoders().add(coder.id());
        } else {
            model.shownCoders().remove(coder.id());
        }
        if (model.shownCoders().containsAll(all)) {
            model.shownCoders().clear();
            model.showAllCodersProperty().set(true);
        }
    }
}
