package org.memolens.nlp.tone;

import java.util.Locale;

import org.memolens.domain.ToneLabel;

/** A text with its gold tone label, as read from a labelled file. */
public record ToneExample(ToneLabel label, String text) {

    /**
     * Which lines of a labelled file a part holds when the file has no split of its own. Every line
     * falls in one of five folds by the hash of its text ({@link #foldOf}); a part is a set of folds.
     *
     * @param code  its name on the command line
     * @param folds bit {@code k} set when fold {@code k} belongs to the part
     */
    public record Part(String code, int folds) {

        /** every line */
        public static final Part ALL = new Part("all", 0b11111);
        /** the four fifths used for training: every fold but fold 0 */
        public static final Part TRAIN = new Part("train", 0b11110);
        /** fold 0, held out from training, for reporting */
        public static final Part HELDOUT = new Part("heldout", 0b00001);
        /** the development fold 1: part of {@link #TRAIN}, set aside while choosing settings */
        public static final Part DEV = new Part("dev", 0b00010);
        /** {@link #TRAIN} without {@link #DEV}: what development models are trained on */
        public static final Part FIT = new Part("fit", 0b11100);

        private static final int FOLDS = 5;

        /** Fold {@code k} alone, for cross-validation: {@code fold3}. */
        public static Part fold(int k) {
            return new Part("fold" + checked(k), 1 << k);
        }

        /** Every fold but {@code k}, what the cross-validation model for fold {@code k} trains on: {@code not-fold3}. */
        public static Part withoutFold(int k) {
            return new Part("not-fold" + checked(k), ALL.folds & ~(1 << k));
        }

        /**
         * The folds listed, for cross-validation inside the training part: {@code folds234} is
         * {@link #FIT}, {@code folds134} what the development model of fold 2 trains on.
         */
        public static Part union(int... ks) {
            StringBuilder code = new StringBuilder("folds");
            int mask = 0;
            for (int k : ks) {
                mask |= 1 << checked(k);
            }
            for (int k = 0; k < FOLDS; k++) {
                if ((mask >> k & 1) != 0) {
                    code.append(k);
                }
            }
            return new Part(code.toString(), mask);
        }

        /**
         * The part with this name: {@code all}, {@code train}, {@code heldout}, {@code dev}, {@code fit},
         * {@code fold0} to {@code fold4}, {@code not-fold0} to {@code not-fold4}, or {@code folds}
         * followed by fold numbers ({@code folds134}); null for any other.
         */
        public static Part named(String name) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            for (Part p : new Part[] {ALL, TRAIN, HELDOUT, DEV, FIT}) {
                if (p.code.equals(n)) {
                    return p;
                }
            }
            if (n.matches("folds[0-4]+")) {
                return union(n.substring("folds".length()).chars().map(c -> c - '0').toArray());
            }
            for (int k = 0; k < FOLDS; k++) {
                if (n.equals("fold" + k)) {
                    return fold(k);
                }
                if (n.equals("not-fold" + k)) {
                    return withoutFold(k);
                }
            }
            return null;
        }

        /**
         * The fold of a text: the remainder of the hash of its text divided by 5. Java's
         * {@code String.hashCode} is fixed by the language specification, so the folds are the same
         * on every machine and in every version.
         */
        public static int foldOf(String text) {
            return Math.floorMod(text.hashCode(), FOLDS);
        }

        public boolean contains(String text) {
            return (folds >> foldOf(text) & 1) != 0;
        }

        private static int checked(int k) {
            if (k < 0 || k >= FOLDS) {
                throw new IllegalArgumentException("fold " + k + " is not one of 0 to " + (FOLDS - 1));
            }
            return k;
        }
    }
}
