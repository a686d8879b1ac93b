package org.memolens.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.memolens.domain.Code;
import org.memolens.ui.codebook.CodeRow;

/** What typing in the code picker finds first. */
class CodePickerRankTest {

    static CodeRow code(String id, String name, String definition) {
        return new CodeRow(new Code(id, name, definition, "#000000", null, List.of()), 0, 0, -1);
    }

    @Test
    void aNameThatStartsWithTheTypedTextComesBeforeAWordInsideANameThenAnIdentifierThenADefinition() {
        CodeRow efficiency = code("EFFICIENCY", "efficiency and cost", "");
        CodeRow cost = code("COST", "cost-effectiveness", "");
        CodeRow mission = code("MISSION", "the mission effect", "");
        CodeRow tech = code("TECH", "technology as destiny", "presents change as an effect of technology");
        CodeRow byId = code("EFF_GAINS", "gains", "");
        assertEquals(0, CodePicker.rank(efficiency, "eff"));
        assertEquals(1, CodePicker.rank(mission, "eff"));
        assertEquals(2, CodePicker.rank(cost, "eff"));
        assertEquals(2, CodePicker.rank(byId, "eff"));
        assertEquals(3, CodePicker.rank(tech, "eff"));
        assertEquals(4, CodePicker.rank(code("X", "people", "staff"), "eff"));
    }
}
