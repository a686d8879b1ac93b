package org.memolens.ui.coding;

import java.util.Optional;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import org.memolens.domain.Coder;
import org.memolens.ui.Messages;

/** The small dialogs that name a coder: add one (who then codes) and rename the active one. */
public final class CoderDialogs {

    private CoderDialogs() {
    }

    /** Asks for a new coder's name; the coder is added and becomes the active coder. */
    public static void addCoder(Window owner, CodersViewModel coders) {
        addCoder(owner, coders, () -> { });
    }

    /** As {@link #addCoder(Window, CodersViewModel)}, then runs {@code then} once the coder is active. */
    public static void addCoder(Window owner, CodersViewModel coders, Runnable then) {
        askName(owner, Messages.get("coder.add.title"), Messages.get("coder.add.header"), "")
                .ifPresent(name -> coders.addAndActivate(name, then));
    }

    public static void renameActive(Window owner, CodersViewModel coders) {
        Coder active = coders.activeProperty().get();
        if (active == null) {
            addCoder(owner, coders);
            return;
        }
        askName(owner, Messages.get("coder.rename.title"), Messages.get("coder.rename.header", active.name()), active.name())
                .filter(name -> !name.equals(active.name()))
                .ifPresent(name -> coders.rename(active, name));
    }

    private static Optional<String> askName(Window owner, String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(Messages.get("coder.name"));
        dialog.getDialogPane().setId("coderNameDialog");
        dialog.getEditor().setId("coderName");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
