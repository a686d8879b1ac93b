package org.memolens.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.memolens.ui.library.LibraryView;
import org.memolens.ui.memo.Jump;

/** The menu bar and the library's context menu, with the keyboard shortcut of every main action. */
final class AppMenus {

    private AppMenus() {
    }

    static MenuBar menuBar(Stage stage, MainActions actions, ResearchActions research, ViewModels models,
            Appearance appearance, LibraryView library) {
        Menu file = new Menu(Messages.get("menu.file"), null,
                item("menuPaste", "menu.file.paste", "Shortcut+N", actions::pasteMemo),
                item("menuOpen", "menu.file.open", "Shortcut+O", actions::openFiles),
                new SeparatorMenuItem(),
                item("menuExport", "menu.file.export", "Shortcut+E", actions::exportReport));
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(ResearchMenus.fileItems(research));
        file.getItems().addAll(new SeparatorMenuItem(), item("menuQuit", "menu.file.quit", "Shortcut+Q", stage::close));
        Menu edit = new Menu(Messages.get("menu.edit"));
        edit.getItems().addAll(ResearchMenus.undoItems(models.undo()));
        edit.getItems().addAll(
                new SeparatorMenuItem(),
                item("menuFind", "menu.edit.find", "Shortcut+F", library::focusSearch),
                item("menuMetadata", "menu.edit.metadata", "F2", actions::editMetadata),
                item("menuCollect", "menu.edit.collect", "Shortcut+L", actions::addToCollection),
                item("menuDelete", "menu.edit.delete", "Shortcut+Delete", actions::deleteSelection));
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setId("menuDark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(appearance.darkProperty());
        Menu view = new Menu(Messages.get("menu.view"), null,
                item("menuAnalysis", "menu.view.analysis", "Shortcut+1", () -> actions.showTab(MainActions.ANALYSIS_TAB)),
                item("menuReading", "menu.view.reading", "Shortcut+2", () -> actions.showTab(MainActions.READING_TAB)),
                item("menuCompareTab", "menu.view.compare", "Shortcut+3", () -> actions.showTab(MainActions.COMPARE_TAB)),
                new SeparatorMenuItem(),
                item("menuZoomIn", "menu.view.zoomIn", "Shortcut+EQUALS", appearance::zoomIn),
                item("menuZoomOut", "menu.view.zoomOut", "Shortcut+MINUS", appearance::zoomOut),
                item("menuZoomReset", "menu.view.zoomReset", "Shortcut+0", appearance::resetZoom),
                dark);
        Menu navigate = new Menu(Messages.get("menu.navigate"), null,
                item("menuNextNegative", "menu.navigate.negative", "F6", () -> actions.jump(Jump.NEGATIVE, true)),
                item("menuNextHarm", "menu.navigate.harm", "F7", () -> actions.jump(Jump.HARM, true)),
                item("menuNextGap", "menu.navigate.gap", "F8", () -> actions.jump(Jump.GAP, true)),
                new SeparatorMenuItem(),
                item("menuPrevNegative", "menu.navigate.negative.back", "Shift+F6", () -> actions.jump(Jump.NEGATIVE, false)),
                item("menuPrevHarm", "menu.navigate.harm.back", "Shift+F7", () -> actions.jump(Jump.HARM, false)),
                item("menuPrevGap", "menu.navigate.gap.back", "Shift+F8", () -> actions.jump(Jump.GAP, false)));
        Menu compare = new Menu(Messages.get("menu.compare"), null,
                item("menuCompare", "menu.compare.selected", "Shortcut+K", actions::compareSelection));
        Menu help = new Menu(Messages.get("menu.help"), null,
                item("menuShortcuts", "help.shortcuts", "F1", actions::showShortcuts));
        MenuBar bar = new MenuBar(file, edit, view, navigate, compare, ResearchMenus.codingMenu(research, models), help);
        bar.setId("menuBar");
        return bar;
    }

    static ContextMenu libraryMenu(MainActions actions, ViewModels models) {
        Menu remove = new Menu(Messages.get("menu.edit.uncollect"));
        ContextMenu menu = new ContextMenu(
                item(null, "menu.edit.metadata", null, actions::editMetadata),
                item(null, "menu.edit.collect", null, actions::addToCollection),
                remove,
                new SeparatorMenuItem(),
                item(null, "menu.compare.selected", null, actions::compareSelection),
                item(null, "menu.file.export", null, actions::exportReport),
                new SeparatorMenuItem(),
                item(null, "menu.edit.delete", null, actions::deleteSelection));
        menu.setOnShowing(e -> {
            remove.getItems().clear();
            models.library().selection().stream().flatMap(m -> m.collections().stream()).distinct().sorted()
                    .forEach(name -> {
                        MenuItem item = new MenuItem(name);
                        item.setOnAction(ev -> models.library().removeSelectionFromCollection(name));
                        remove.getItems().add(item);
                    });
            remove.setDisable(remove.getItems().isEmpty());
        });
        return menu;
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action) {
        return ResearchMenus.item(id, key, accelerator, action);
    }
}
