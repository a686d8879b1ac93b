package org.memolens.app;

import org.memolens.domain.InvalidInputException;
import org.memolens.nlp.tone.ToneExample;

/**
 * Which lines of a labelled file to use when the file has no split of its own. A line belongs to one
 * of five folds by Java's {@code String.hashCode()} of its text (remainder on division by 5): the
 * four fifths used for training ({@code train}: folds 1 to 4), the fifth held out from training
 * ({@code heldout}: fold 0), and, for choosing settings, the development fifth ({@code dev}: fold 1)
 * and the rest of the training part ({@code fit}: folds 2 to 4). For cross-validation, {@code foldK}
 * is fold K alone, {@code not-foldK} the other four, and {@code folds} with fold numbers any set of
 * folds ({@code folds134}: the training part without fold 2).
 */
public record DataPart(ToneExample.Part part) {

    public static final DataPart ALL = new DataPart(ToneExample.Part.ALL);
    public static final DataPart TRAIN = new DataPart(ToneExample.Part.TRAIN);
    public static final DataPart HELDOUT = new DataPart(ToneExample.Part.HELDOUT);
    public static final DataPart DEV = new DataPart(ToneExample.Part.DEV);
    public static final DataPart FIT = new DataPart(ToneExample.Part.FIT);

    /** Parses a part's name; {@code context} names the option for the message. */
    public static DataPart parse(String name, String context) {
        ToneExample.Part part = ToneExample.Part.named(name);
        if (part == null) {
            throw new InvalidInputException("Unknown part '" + name + "' in '" + context
                    + "' (use all, train, heldout, dev, fit, fold0 to fold4, not-fold0 to not-fold4, or folds with fold numbers such as folds134).");
        }
        return new DataPart(part);
    }

    public String code() {
        return part.code();
    }

    ToneExample.Part toNlp() {
        return part;
    }
}
