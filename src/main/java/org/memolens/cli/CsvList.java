package org.memolens.cli;

import java.util.Arrays;
import java.util.List;

/** Comma-separated option values ("--coders Ann,Bob"), blanks dropped. */
final class CsvList {

    private CsvList() {
    }

    static List<String> of(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A number for display: three decimals, "n/a" when undefined. */
    static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%%", value * 100);
    }
}
