package org.memolens.ui.codebook;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

import org.memolens.domain.Code;
import org.memolens.ui.Messages;

/**
 * The editor of one code: identifier (fixed), name, definition, colour, parent and examples, with
 * Save and Revert. A parent cannot be the code itself or one of its sub-codes.
 */
final class CodeForm extends GridPane {

    private final CodebookViewModel model;
    private final Label identifier = new Label();
    private final TextField name = new TextField();
    private final TextArea definition = new TextArea();
    private final ColorPicker colour = new ColorPicker();
    private final ComboBox<CodeRow> parent = new ComboBox<>();
    private final TextArea examples = new TextArea();
    private final Button save = new Button(Messages.get("codebook.save"));
    private Code shown;

    CodeForm(CodebookViewModel model) {
        this.model = model;
        setId("codeForm");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(8));
        identifier.setId("codeIdentifier");
        name.setId("codeName");
        definition.setId("codeDefinition");
        definition.setWrapText(true);
        definition.setPrefRowCount(5);
        colour.setId("codeColour");
        parent.setId("codeParent");
        parent.setMaxWidth(Double.MAX_VALUE);
        parent.setConverter(new StringConverter<>() {
            @Override
            public String toString(CodeRow row) {
                return row == null ? Messages.get("codebook.parent.none") : "  ".repeat(row.depth()) + row.name();
            }

            @Override
            public CodeRow fromString(String s) {
                return null;
            }
        });
        examples.setId("codeExamples");
        examples.setWrapText(true);
        examples.setPrefRowCount(3);
        examples.setPromptText(Messages.get("codebook.examples.prompt"));
        save.setId("saveCode");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        Button revert = new Button(Messages.get("codebook.revert"));
        revert.setId("revertCode");
        revert.setOnAction(e -> show(shown));
        addRow(0, new Label(Messages.get("codebook.field.identifier")), identifier);
        addRow(1, new Label(Messages.get("codebook.field.name")), name);
        addRow(2, new Label(Messages.get("codebook.field.definition")), definition);
        addRow(3, new Label(Messages.get("codebook.field.colour")), colour);
        addRow(4, new Label(Messages.get("codebook.field.parent")), parent);
        addRow(5, new Label(Messages.get("codebook.field.examples")), examples);
        add(new HBox(6, save, revert), 1, 6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setVgrow(definition, Priority.ALWAYS);
        show(null);
    }

    /** Shows a code to edit, or an empty, disabled form. */
    void show(Code code) {
        shown = code;
        setDisable(code == null);
        identifier.setText(code == null ? "" : code.code());
        name.setText(code == null ? "" : code.name());
        definition.setText(code == null ? "" : code.definition());
        colour.setValue(code == null ? Color.GRAY : parse(code.colour()));
        examples.setText(code == null ? "" : String.join("\n", code.examples()));
        Set<String> excluded = code == null ? Set.of() : subtree(code.code());
        List<CodeRow> choices = model.rows().stream().filter(r -> !excluded.contains(r.id())).toList();
        parent.getItems().setAll(choices);
        parent.getItems().add(0, null);
        parent.setValue(code == null || code.parent() == null ? null
                : choices.stream().filter(r -> r.id().equals(code.parent())).findFirst().orElse(null));
    }

    Code shown() {
        return shown;
    }

    void save() {
        if (shown == null) {
            return;
        }
        List<String> lines = Arrays.stream(examples.getText().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        CodeRow p = parent.getValue();
        model.save(new Code(shown.code(), name.getText(), definition.getText(), hex(colour.getValue()),
                p == null ? null : p.id(), lines));
    }

    /** The code and every code under it. */
    private Set<String> subtree(String code) {
        Set<String> result = new HashSet<>();
        result.add(code);
        int depth = -1;
        for (CodeRow row : model.rows()) {
            if (row.id().equals(code)) {
                depth = row.depth();
            } else if (depth >= 0) {
                if (row.depth() <= depth) {
                    break;
                }
                result.add(row.id());
            }
        }
        return result;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static Color parse(String colour) {
        try {
            return Color.web(colour);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Color.GRAY;
        }
    }
}
