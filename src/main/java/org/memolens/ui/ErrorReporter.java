package org.memolens.ui;

/**
 * Tells the user that something went wrong and what to do. The desktop shows a dialog; view-model
 * tests collect the messages.
 */
@FunctionalInterface
public interface ErrorReporter {

    void report(String title, String message);
}
