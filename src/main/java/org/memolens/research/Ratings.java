package org.memolens.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Nominal reliability data: for each unit (a sentence, say), the category each rater assigned, or
 * {@link #MISSING} when the rater did not rate that unit. Categories are small non-negative ints.
 * Immutable once built.
 */
public final class Ratings {

    public static final int MISSING = -1;

    private final int raters;
    private final List<int[]> units;

    private Ratings(int raters, List<int[]> units) {
        this.raters = raters;
        this.units = units;
    }

    /** Builds ratings from rows, one per unit, one column per rater; {@link #MISSING} marks a gap. */
    public static Ratings of(int raters, List<int[]> rows) {
        if (raters < 2) {
            throw new IllegalArgumentException("agreement needs at least two raters");
        }
        List<int[]> copy = new ArrayList<>(rows.size());
        for (int[] row : rows) {
            if (row.length != raters) {
                throw new IllegalArgumentException("every unit needs one value per rater");
            }
            for (int v : row) {
                if (v < MISSING) {
                    throw new IllegalArgumentException("categories are >= 0, or MISSING");
                }
            }
            copy.add(row.clone());
        }
        return new Ratings(raters, List.copyOf(copy));
    }

    /** Convenience for tests and literature tables: one array per rater (Krippendorff's layout), nulls missing. */
    public static Ratings byRater(Integer[]... raterRows) {
        int n = raterRows[0].length;
        List<int[]> rows = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            int[] row = new int[raterRows.length];
            for (int r = 0; r < raterRows.length; r++) {
                row[r] = raterRows[r][u] == null ? MISSING : raterRows[r][u];
            }
            rows.add(row);
        }
        return of(raterRows.length, rows);
    }

    public int raters() {
        return raters;
    }

    public int units() {
        return units.size();
    }

    /** The values of unit {@code u}, one per rater (a copy). */
    public int[] unit(int u) {
        return units.get(u).clone();
    }

    /** Number of raters who rated unit {@code u}. */
    public int present(int u) {
        return (int) Arrays.stream(units.get(u)).filter(v -> v != MISSING).count();
    }

    /** One more than the largest category used; 0 if nothing was rated. */
    public int categories() {
        int max = -1;
        for (int[] row : units) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        return max + 1;
    }
}
