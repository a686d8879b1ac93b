package org.memolens.ui;

import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import org.memolens.domain.Coder;

/**
 * The research menu items: the Coding menu (coding mode, suggestions, coders, codebook, agreement,
 * frame models), the exchange items of the File menu, and Edit > Undo / Redo.
 */
final class ResearchMenus {

    private ResearchMenus() {
    }

    static Menu codingMenu(ResearchActions actions, ViewModels models) {
        Menu switchCoder = new Menu(Messages.get("menu.coding.switch"));
        switchCoder.setId("menuSwitchCoder");
        Menu menu = new Menu(Messages.get("menu.coding"), null,
                item("menuCodingMode", "menu.coding.mode", "Shortcut+4", actions::codingMode),
                item("menuCodeSelection", "menu.coding.code", null, actions::codeSelection),
                new SeparatorMenuItem(),
                item("menuNextSuggestion", "menu.coding.next", null, () -> inCodingMode(actions, models.coding()::nextSuggestion)),
                item("menuPreviousSuggestion", "menu.coding.previous", null,
                        () -> inCodingMode(actions, models.coding()::previousSuggestion)),
                item("menuAcceptSuggestion", "menu.coding.accept", null, () -> inCodingMode(actions, models.coding()::acceptSuggestion)),
                item("menuRejectSuggestion", "menu.coding.reject", null, () -> inCodingMode(actions, models.coding()::rejectSuggestion)),
                new SeparatorMenuItem(),
                item("menuAddCoder", "menu.coding.addCoder", null, actions::addCoder),
                item("menuRenameCoder", "menu.coding.renameCoder", null, actions::renameCoder),
                switchCoder,
                new SeparatorMenuItem(),
                item("menuCodebook", "menu.coding.codebook", "Shortcut+B", actions::openCodebook),
                item("menuAgreement", "menu.coding.agreement", "Shortcut+Shift+A", actions::openAgreement),
                new SeparatorMenuItem(),
                item("menuTrain", "menu.coding.train", "Shortcut+Shift+T", actions::openTraining),
                item("menuFrameModel", "menu.coding.model", null, actions::chooseModel));
        menu.setOnShowing(e -> {
            ToggleGroup group = new ToggleGroup();
            List<Coder> coders = models.coders().coders();
            switchCoder.getItems().clear();
            for (Coder c : coders) {
                RadioMenuItem item = new RadioMenuItem(c.name());
                item.setMnemonicParsing(false);
                item.setToggleGroup(group);
                item.setSelected(c.active());
                item.setOnAction(ev -> models.coders().activate(c));
                switchCoder.getItems().add(item);
            }
            switchCoder.setDisable(coders.isEmpty());
        });
        return menu;
    }

    /** The exchange items for the File menu. */
    static List<MenuItem> fileItems(ResearchActions actions) {
        return List.of(
                item("menuImportQdpx", "menu.file.importQdpx", "Shortcut+Shift+O", actions::importProject),
                item("menuExportQdpx", "menu.file.exportQdpx", "Shortcut+Shift+E", actions::exportProject),
                item("menuExportCodings", "menu.file.exportCodings", null, actions::exportCodings));
    }

    /** Edit > Undo and Redo, labelled with what they would undo or redo. */
    static List<MenuItem> undoItems(UndoHistory undo) {
        MenuItem undoItem = item("menuUndo", "menu.edit.undo.none", "Shortcut+Z", undo::undo);
        undoItem.setMnemonicParsing(false);
        undoItem.textProperty().bind(undo.undoLabelProperty());
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        MenuItem redoItem = item("menuRedo", "menu.edit.redo.none", "Shortcut+Shift+Z", undo::redo);
        redoItem.setMnemonicParsing(false);
        redoItem.textProperty().bind(undo.redoLabelProperty());
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        return List.of(undoItem, redoItem);
    }

    /** Suggestion commands act in coding mode: the menu first brings it to the front. */
    private static void inCodingMode(ResearchActions actions, Runnable command) {
        if (!actions.codingModeProperty().get()) {
            actions.codingMode();
        }
        command.run();
    }

    static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (id != null) {
            item.setId(id);
        }
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
