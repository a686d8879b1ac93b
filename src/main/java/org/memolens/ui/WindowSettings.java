package org.memolens.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the window remembers between runs: size, position, split positions, last folder, theme and
 * zoom. Values are read from and written to a plain map; the file itself is read before the window
 * opens and written by a background job ({@link org.memolens.app.SettingsFile}).
 *
 * <p>Use on the FX thread.
 */
public final class WindowSettings {

    private final Map<String, String> values;

    public WindowSettings(Map<String, String> values) {
        this.values = new HashMap<>(values);
    }

    public Map<String, String> snapshot() {
        return Map.copyOf(values);
    }

    public Optional<Path> lastFolder() {
        return Optional.ofNullable(values.get("folder.last")).map(Path::of);
    }

    public void setLastFolder(Path folder) {
        if (folder != null) {
            values.put("folder.last", folder.toAbsolutePath().toString());
        }
    }

    public double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getOrDefault(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, double value) {
        values.put(key, Double.toString(value));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(values.get(key));
    }

    public void put(String key, boolean value) {
        values.put(key, Boolean.toString(value));
    }

    /** Restores size and position if they still fit on a screen (a monitor may have gone). */
    public void restore(Stage stage) {
        double w = number("window.width", 1280);
        double h = number("window.height", 800);
        double x = number("window.x", Double.NaN);
        double y = number("window.y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 100), Math.min(h, 100))).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(flag("window.maximized"));
    }

    public void capture(Stage stage) {
        put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            put("window.x", stage.getX());
            put("window.y", stage.getY());
            put("window.width", stage.getWidth());
            put("window.height", stage.getHeight());
        }
    }

    /** Restores a split's first divider now and records it whenever it moves. */
    public void track(String key, SplitPane split, double fallback) {
        split.setDividerPositions(number("split." + key, fallback));
        split.getDividers().get(0).positionProperty().addListener((obs, o, n) -> put("split." + key, n.doubleValue()));
    }
}
