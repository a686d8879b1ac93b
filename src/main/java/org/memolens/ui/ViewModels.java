package org.memolens.ui;

import org.memolens.ui.agreement.AgreementViewModel;
import org.memolens.ui.codebook.CodebookViewModel;
import org.memolens.ui.coding.CodersViewModel;
import org.memolens.ui.coding.CodingViewModel;
import org.memolens.ui.compare.CompareViewModel;
import org.memolens.ui.exchange.ExchangeViewModel;
import org.memolens.ui.library.LibraryViewModel;
import org.memolens.ui.memo.MemoViewModel;
import org.memolens.ui.models.ModelChoiceViewModel;
import org.memolens.ui.models.TrainingViewModel;
import org.memolens.ui.reading.ReadingViewModel;

/** The view models of the main window and its research windows, built by {@link Wiring}. */
public record ViewModels(LibraryViewModel library, MemoViewModel memo, CompareViewModel compare, ReadingViewModel reading,
        CodersViewModel coders, CodebookViewModel codebook, CodingViewModel coding, UndoHistory undo,
        AgreementViewModel agreement, TrainingViewModel training, ModelChoiceViewModel models, ExchangeViewModel exchange) {
}
