package org.memolens.ui;

import javafx.scene.control.Button;

import org.controlsfx.control.StatusBar;

import org.memolens.ui.library.LibraryViewModel;

/**
 * The status bar: the running job's message and progress with a Cancel button, else "Ready" and
 * the database file; an Undo button while a deletion can still be undone.
 */
final class StatusBarView extends StatusBar {

    StatusBarView(FxTaskRunner tasks, LibraryViewModel library, String databaseFile) {
        setId("statusBar");
        String idle = Messages.get("status.ready", databaseFile);
        setText(idle);
        Button cancel = new Button(Messages.get("status.cancel"));
        cancel.setId("cancelTask");
        cancel.setVisible(false);
        Button undo = new Button(Messages.get("status.undo"));
        undo.setId("undoDelete");
        undo.visibleProperty().bind(library.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> library.undoDelete());
        getRightItems().addAll(undo, cancel);
        tasks.latestProperty().addListener((obs, old, task) -> {
            textProperty().unbind();
            progressProperty().unbind();
            if (task == null) {
                setText(idle);
                setProgress(0);
                cancel.setVisible(false);
            } else {
                textProperty().bind(task.messageProperty());
                progressProperty().bind(task.progressProperty());
                cancel.setOnAction(e -> task.cancel());
                cancel.setVisible(true);
            }
        });
    }
}
