package org.memolens.ui.coding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.ui.memo.TextMark;

/**
 * How codings and suggestions are drawn in the memo text. A coding gets its code's colour as a
 * translucent background ("code-EFFICIENCY", a rule per code in a generated style sheet), the
 * coding selected in the panel an outline ("coding-current"); a suggestion a dashed underline in
 * the accent colour ("suggestion"), the one in focus a dashed outline ("suggestion-current").
 */
public final class CodingMarks {

    private CodingMarks() {
    }

    public static List<TextMark> of(List<CodingRow> codings, long selectedCoding, List<SuggestionRow> suggestions,
            int currentSuggestion) {
        List<TextMark> marks = new ArrayList<>();
        for (CodingRow row : codings) {
            List<String> classes = new ArrayList<>(List.of("coding", "code-" + row.coding().code()));
            if (row.id() == selectedCoding) {
                classes.add("coding-current");
            }
            marks.add(new TextMark(row.coding().start(), row.coding().end(), classes, row.coding().code()));
        }
        for (int i = 0; i < suggestions.size(); i++) {
            SuggestionRow s = suggestions.get(i);
            marks.add(new TextMark(s.suggestion().span().start(), s.suggestion().span().end(),
                    i == currentSuggestion ? List.of("suggestion", "suggestion-current") : List.of("suggestion"), null));
        }
        return marks;
    }

    /** A style sheet, as a data URI, with the colour of every code of the codebook. */
    public static String styleSheet(Codebook codebook) {
        StringBuilder css = new StringBuilder();
        for (Code c : codebook.codes()) {
            if (!c.code().matches("[A-Za-z][A-Za-z0-9_-]*")) {
                continue; // not a CSS class name; such a code is drawn without its colour rather than break the sheet
            }
            int[] rgb = rgb(c.colour());
            css.append(String.format(Locale.ROOT, ".memo-text .code-%s { -rtfx-background-color: rgba(%d, %d, %d, 0.38); }%n",
                    c.code(), rgb[0], rgb[1], rgb[2]));
        }
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The red, green and blue of "#rrggbb"; grey for anything else (a colour is checked when stored). */
    static int[] rgb(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return new int[] {136, 136, 136};
        }
        int v = Integer.parseInt(colour.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }
}
