package org.memolens.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void syllablesAreVowelGroupsWithoutASilentE() {
        assertEquals(1, Readability.syllables("cut"));
        assertEquals(1, Readability.syllables("role"));
        assertEquals(3, Readability.syllables("employment"));
        assertEquals(5, Readability.syllables("organization"));
        assertEquals(2, Readability.syllables("table"));
    }

    @Test
    void gradeFollowsTheFleschKincaidFormula() {
        // 6 words, 1 sentence, 6 syllables: 0.39·6 + 11.8·1 − 15.59 = −1.45
        assertEquals(-1.45, Readability.fleschKincaidGrade("The cat sat on the mat.", 1), 1e-9);
        double corporate = Readability.fleschKincaidGrade("Organizational realignment necessitates comprehensive "
                + "operational restructuring initiatives.", 1);
        assertTrue(corporate > 15, "jargon reads at graduate level: " + corporate);
        assertEquals(0, Readability.fleschKincaidGrade("", 0));
    }
}
