package org.memolens.app;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.memolens.domain.InvalidInputException;

/** Code identifiers ("JOB_SECURITY") and colours ("#rrggbb") as the codebook stores them. */
final class CodeIds {

    private static final String IDENTIFIER = "[A-Z][A-Z0-9_]{0,63}";

    // Distinct, readable on white, assigned in turn to codes that come without a colour.
    private static final List<String> PALETTE = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
            "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939");

    private CodeIds() {
    }

    /** Checks an identifier a person typed. */
    static String check(String identifier) {
        String id = identifier == null ? "" : identifier.strip();
        if (!id.matches(IDENTIFIER)) {
            throw new InvalidInputException("\"" + id + "\" is not a code identifier: use capital letters, digits and _, "
                    + "starting with a letter (for example JOB_SECURITY).");
        }
        return id;
    }

    /** An identifier made from a name or loose identifier ("job security" -> JOB_SECURITY), unique among {@code taken}. */
    static String derive(String name, Set<String> taken) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "CODE";
        }
        if (!Character.isLetter(base.charAt(0))) {
            base = "C_" + base;
        }
        if (base.length() > 56) {
            base = base.substring(0, 56);
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    /** "#RRGGBB" or "#RGB" in any case to "#rrggbb"; blank to the palette colour for {@code index}. */
    static String colour(String colour, int index) {
        String c = colour == null ? "" : colour.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            return PALETTE.get(Math.floorMod(index, PALETTE.size()));
        }
        if (c.matches("#[0-9a-f]{3}")) {
            c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        if (!c.matches("#[0-9a-f]{6}")) {
            throw new InvalidInputException("\"" + colour + "\" is not a colour: write it as #rrggbb, e.g. #1f77b4.");
        }
        return c;
    }
}
