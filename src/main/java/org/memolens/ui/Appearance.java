package org.memolens.ui;

import java.util.Locale;

import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * Theme (light or dark, AtlantaFX Primer) and zoom (the root font size, which every size in the
 * style sheets is relative to, so 200% makes the whole window twice as large and still laid out).
 *
 * <p>Use on the FX thread.
 */
public final class Appearance {

    public static final double BASE_FONT_PX = 14;
    public static final double MIN_ZOOM = 0.8;
    public static final double MAX_ZOOM = 2.5;
    private static final double STEP = 0.1;

    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);

    public BooleanProperty darkProperty() {
        return dark;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, round(zoom.get() + STEP)));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, round(zoom.get() - STEP)));
    }

    public void resetZoom() {
        zoom.set(1);
    }

    /** Applies theme and zoom to the scene now and whenever they change. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().add(Appearance.class.getResource("memolens.css").toExternalForm());
        Runnable apply = () -> {
            Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            scene.getRoot().getStyleClass().removeAll("dark", "light");
            scene.getRoot().getStyleClass().add(dark.get() ? "dark" : "light");
            scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * zoom.get()));
        };
        dark.addListener((obs, o, n) -> apply.run());
        zoom.addListener((obs, o, n) -> apply.run());
        apply.run();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
