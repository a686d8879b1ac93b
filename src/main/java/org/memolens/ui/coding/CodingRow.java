package org.memolens.ui.coding;

import org.memolens.domain.Coding;

/** One coding as the side panel lists it: the code's name and colour, the coder's name, quote and note. */
public record CodingRow(Coding coding, String codeName, String colour, String coderName) {

    public long id() {
        return coding.id();
    }

    public String quote() {
        return coding.quote().replaceAll("\\s+", " ").strip();
    }

    public String note() {
        return coding.note();
    }
}
