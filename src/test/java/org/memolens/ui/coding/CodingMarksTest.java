package org.memolens.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;

import org.memolens.domain.Code;
import org.memolens.domain.CodeSuggestion;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coding;
import org.memolens.domain.DetectorSource;
import org.memolens.domain.TextSpan;
import org.memolens.ui.memo.MemoTextStyles;
import org.memolens.ui.memo.TextMark;

/** How codings and suggestions become style classes and colours in the memo text. */
class CodingMarksTest {

    static CodingRow row(long id, String code, int start, int end) {
        return new CodingRow(new Coding(id, 1, code, 1, new TextSpan(start, end), "x".repeat(end - start), "", Instant.EPOCH,
                Instant.EPOCH), code, "#112233", "Ann");
    }

    @Test
    void overlappingCodingsOfTwoCodesAreMarkedAsAnOverlapAndTheSelectedOneIsOutlined() {
        List<TextMark> marks = CodingMarks.of(List.of(row(1, "COST", 0, 10), row(2, "CARE", 5, 15)), 2,
                List.of(new SuggestionRow(new CodeSuggestion(1, "COST", new TextSpan(12, 20), 0.9, DetectorSource.RULE),
                        "cost", "#112233", "s")), 0);
        List<List<String>> segments = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : MemoTextStyles.ofMarks(20, marks)) {
            segments.add(List.copyOf(span.getStyle()));
        }
        assertEquals(List.of(
                List.of("coding", "code-COST"),
                List.of("coding", "code-COST", "code-CARE", "coding-current", "code-overlap"),
                List.of("coding", "code-CARE", "coding-current"),
                List.of("coding", "code-CARE", "coding-current", "suggestion", "suggestion-current"),
                List.of("suggestion", "suggestion-current")), segments);
    }

    @Test
    void theStyleSheetHasATranslucentBackgroundPerCodeColour() {
        String uri = CodingMarks.styleSheet(new Codebook("p", 1, List.of(
                new Code("COST", "cost", "", "#ff8000", null, List.of()),
                new Code("bad code!", "x", "", "#000000", null, List.of()))));
        assertTrue(uri.startsWith("data:text/css;base64,"));
        String css = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertEquals(".memo-text .code-COST { -rtfx-background-color: rgba(255, 128, 0, 0.38); }", css.strip(),
                "a code whose identifier is not a CSS class name gets no rule");
    }
}
