package org.memolens.ui.models;

import java.util.Locale;

import org.memolens.domain.CodeScore;

/** A code's cross-validated scores, formatted; "n/a" where a score is undefined. */
public record ScoreRow(String code, String name, String support, String precision, String recall, String f1) {

    static ScoreRow of(CodeScore s, String name) {
        return new ScoreRow(s.code(), name, Integer.toString(s.support()), number(s.precision()), number(s.recall()),
                number(s.f1()));
    }

    static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
