package org.memolens.ui.memo;

/** One numbered sentence as the memo view lists it; {@code number} counts from 1. */
public record SentenceRow(int number, int start, int end, String text) {
}
