package org.memolens.research;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One figure for every compared memo, in the comparison's order.
 *
 * @param key    stable identifier for files and scripts, e.g. "mean_tone", "frame.EFFICIENCY"
 * @param label  words for a person, e.g. "Mean tone"
 * @param kind   how to print the values
 * @param values one per memo; null where the memo has no such figure (e.g. no tone layer)
 */
public record MetricRow(String key, String label, Kind kind, List<Double> values) {

    /** How a figure is printed. */
    public enum Kind {
        /** a whole number */
        COUNT,
        /** a share in [0, 1], printed as a percentage */
        SHARE,
        /** a score with two decimals */
        SCORE,
        /** one decimal */
        DECIMAL
    }

    public MetricRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** {@code values[i] − values[0]}, the change from the first memo; null if either is missing. */
    public Double delta(int i) {
        Double first = values.get(0);
        Double v = values.get(i);
        return first == null || v == null ? null : v - first;
    }

    /** The value formatted for people: "42", "31.0%", "0.12", "9.4", or "–" when missing. */
    public String format(Double value) {
        if (value == null) {
            return "–";
        }
        return switch (kind) {
            case COUNT -> String.format(java.util.Locale.ROOT, "%.0f", value);
            case SHARE -> String.format(java.util.Locale.ROOT, "%.1f%%", value * 100);
            case SCORE -> String.format(java.util.Locale.ROOT, "%.2f", value);
            case DECIMAL -> String.format(java.util.Locale.ROOT, "%.1f", value);
        };
    }

    /** A delta formatted with its sign ("+3", "−12.5 pts" for shares), or "–". */
    public String formatDelta(Double delta) {
        if (delta == null) {
            return "–";
        }
        String sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
        double abs = Math.abs(delta);
        return sign + switch (kind) {
            case COUNT -> String.format(java.util.Locale.ROOT, "%.0f", abs);
            case SHARE -> String.format(java.util.Locale.ROOT, "%.1f pts", abs * 100);
            case SCORE -> String.format(java.util.Locale.ROOT, "%.2f", abs);
            case DECIMAL -> String.format(java.util.Locale.ROOT, "%.1f", abs);
        };
    }
}
