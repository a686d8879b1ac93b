package org.memolens.app;

import java.util.Locale;

import org.memolens.domain.InvalidInputException;
import org.memolens.nlp.tone.ToneExample;

/**
 * Which lines of a labelled file to use when the file has no split of its own: all of them, the
 * four fifths used for training, or the fifth held out from training (a line is held out when Java's
 * {@code String.hashCode()} of its text is divisible by 5). For choosing settings, the training part
 * splits further into a development fifth (remainder 1) and the rest (remainders 2 to 4).
 */
public enum DataPart {
    ALL, TRAIN, HELDOUT, DEV, FIT;

    /** Parses {@code all}, {@code train}, {@code heldout}, {@code dev} or {@code fit}; {@code context} names the option for the message. */
    public static DataPart parse(String name, String context) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown part '" + name + "' in '" + context + "' (use all, train, heldout, dev or fit).");
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    ToneExample.Part toNlp() {
        return ToneExample.Part.valueOf(name());
    }
}
