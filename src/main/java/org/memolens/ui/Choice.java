package org.memolens.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Something a person ticks in a list (a rater, a memo, a code), with how it is shown. */
public final class Choice<T> {

    private final T value;
    private final String label;
    private final BooleanProperty chosen;

    public Choice(T value, String label, boolean chosen) {
        this.value = value;
        this.label = label;
        this.chosen = new SimpleBooleanProperty(chosen);
    }

    public T value() {
        return value;
    }

    public String label() {
        return label;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean chosen() {
        return chosen.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
