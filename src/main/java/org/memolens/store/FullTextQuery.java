package org.memolens.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person types into a safe FTS5 query: every word must occur, as a word or the start
 * of one ("reduc" finds "reductions"). Each word is quoted, so FTS5 operators and punctuation in
 * the input are taken literally and can never make the query fail.
 */
final class FullTextQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FullTextQuery() {
    }

    /** The MATCH expression, or null when the input holds no word (then nothing matches). */
    static String of(String input) {
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(input.toLowerCase(Locale.ROOT));
        while (m.find()) {
            terms.add("\"" + m.group() + "\"*");
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }
}
