package org.memolens.domain;

import java.util.List;

/**
 * One code of a codebook: a frame of the shipped codebook, or a researcher's own code.
 *
 * @param code       stable identifier, e.g. "EFFICIENCY"; what results and codings refer to
 * @param name       short human name, e.g. "efficiency and cost"
 * @param definition when a sentence carries the code, with inclusion and exclusion notes
 * @param colour     display colour as "#rrggbb"
 * @param parent     the parent code's identifier in a hierarchy, or null at the top
 * @param examples   example sentences
 */
public record Code(String code, String name, String definition, String colour, String parent, List<String> examples) {

    public Code {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("A code needs an identifier.");
        }
        examples = List.copyOf(examples);
    }
}
