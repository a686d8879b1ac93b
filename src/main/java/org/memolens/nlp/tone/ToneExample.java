package org.memolens.nlp.tone;

import org.memolens.domain.ToneLabel;

/** A text with its gold tone label, as read from a labelled file. */
public record ToneExample(ToneLabel label, String text) {

    /** Which part of a labelled file a line belongs to when the file has no split of its own. */
    public enum Part {
        /** every line */
        ALL,
        /** the four fifths used for training */
        TRAIN,
        /** the fifth held out from training, for reporting */
        HELDOUT,
        /** the development fifth: part of {@link #TRAIN}, set aside while choosing settings */
        DEV,
        /** {@link #TRAIN} without {@link #DEV}: what development models are trained on */
        FIT;

        /**
         * The part of a text: held out when the hash of its text is divisible by 5. Java's
         * {@code String.hashCode} is fixed by the language specification, so the split is the same
         * on every machine and in every version.
         */
        public static Part of(String text) {
            return Math.floorMod(text.hashCode(), 5) == 0 ? HELDOUT : TRAIN;
        }

        public boolean contains(String text) {
            int fifth = Math.floorMod(text.hashCode(), 5);
            return switch (this) {
                case ALL -> true;
                case TRAIN -> fifth != 0;
                case HELDOUT -> fifth == 0;
                case DEV -> fifth == 1;
                case FIT -> fifth > 1;
            };
        }
    }
}
