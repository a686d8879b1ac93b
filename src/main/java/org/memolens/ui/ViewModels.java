package org.memolens.ui;

import org.memolens.ui.compare.CompareViewModel;
import org.memolens.ui.library.LibraryViewModel;
import org.memolens.ui.memo.MemoViewModel;
import org.memolens.ui.reading.ReadingViewModel;

/** The view models of the main window, built by {@link Wiring}. */
public record ViewModels(LibraryViewModel library, MemoViewModel memo, CompareViewModel compare, ReadingViewModel reading) {
}
