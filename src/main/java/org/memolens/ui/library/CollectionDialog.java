package org.memolens.ui.library;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.memolens.ui.Messages;

/** Asks for a collection name: pick an existing one or type a new one, e.g. "Amazon 2025". */
public final class CollectionDialog extends Dialog<String> {

    public static final ButtonType ADD = new ButtonType(Messages.get("collection.add"), ButtonBar.ButtonData.OK_DONE);

    public CollectionDialog(Window owner, List<String> existing, int memos) {
        initOwner(owner);
        setTitle(Messages.get("collection.title"));
        setHeaderText(Messages.get("collection.header", memos));
        ComboBox<String> name = new ComboBox<>();
        name.setId("collectionName");
        name.setEditable(true);
        name.getItems().setAll(existing);
        name.setPromptText(Messages.get("collection.prompt"));
        name.setPrefWidth(320);
        VBox box = new VBox(6, new Label(Messages.get("collection.label")), name);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(ADD, ButtonType.CANCEL);
        Node add = getDialogPane().lookupButton(ADD);
        add.setId("collectionAdd");
        add.disableProperty().bind(name.getEditor().textProperty().isEmpty());
        setResultConverter(button -> button == ADD ? name.getEditor().getText().strip() : null);
    }
}
