package org.memolens.ui.coding;

import java.util.Locale;

import org.memolens.domain.CodeSuggestion;

/** A machine suggestion as the side panel lists it: the code's name and colour, and the sentence. */
public record SuggestionRow(CodeSuggestion suggestion, String codeName, String colour, String sentence) {

    /** "rule, 0.80": which detector found it and how strongly. */
    public String detail() {
        return suggestion.source().code() + ", " + String.format(Locale.ROOT, "%.2f", suggestion.score());
    }
}
