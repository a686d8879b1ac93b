package org.memolens.nlp;

import java.util.function.Supplier;

/** A value computed on first use, at most once, then shared by all threads. */
public final class Once<T> implements Supplier<T> {

    private final Supplier<T> supplier;
    private volatile T value;

    public Once(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = supplier.get();
                }
                v = value;
            }
        }
        return v;
    }
}
