package org.memolens.nlp.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Code;
import org.memolens.domain.MemoLensException;

class FrameCodebookTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            {"codebook": "test-frames", "version": 2, "codes": [
              {"code": "EFFICIENCY", "name": "efficiency and cost", "definition": "Justifies change by cost.",
               "examples": ["We will cut costs."],
               "indicators": {"lemmas": ["cost"], "phrases": ["do more with less"], "patterns": ["save $ <NUM>"]},
               "colour": "#DDCC77"},
              {"code": "PROCEDURE", "name": "process", "definition": "Gives dates.", "examples": [],
               "indicators": {"lemmas": [], "phrases": [], "patterns": []}, "colour": "#bbbbbb"}
            ]}
            """;

    private static FrameCodebook read(String json) {
        return FrameCodebook.read("test.json", MemoLensException.Fix.INPUT,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static AssetFormatException broken(String json) {
        return assertThrows(AssetFormatException.class, () -> read(json));
    }

    @Test
    void theShippedCodebookHasTheTwelveFramesOfTheDesignWithColours() {
        FrameCodebook shipped = ShippedFraming.codebook();
        assertEquals("memolens-frames-v3", shipped.version());
        assertEquals(java.util.List.of("TECH_INEVITABILITY", "EFFICIENCY", "STREAMLINING", "MISSION_CUSTOMER",
                "EXTERNAL_PRESSURE", "IDENTITY_CULTURE", "NORMALISATION", "CARE_SUPPORT", "ACCOUNTABILITY",
                "RESPONSIBILISATION", "OPPORTUNITY", "PROCEDURE"), shipped.codes());
        for (Code code : shipped.codebook().codes()) {
            assertTrue(code.colour().matches("#[0-9a-f]{6}"), code.code());
            assertFalse(code.definition().isBlank());
            assertFalse(code.examples().isEmpty());
        }
    }

    @Test
    void aCodebookIsReadWithItsCodesAndIndicators() {
        FrameCodebook cb = read(GOOD);
        assertEquals("test-frames-v2", cb.version());
        assertEquals("efficiency and cost", cb.codebook().find("EFFICIENCY").orElseThrow().name());
        assertEquals("#ddcc77", cb.codebook().find("EFFICIENCY").orElseThrow().colour());
        assertEquals(1, cb.indicators("EFFICIENCY").patterns().size());
        assertTrue(cb.indicators("EFFICIENCY").lemmas().contains("cost"));
    }

    @Test
    void invalidJsonNamesTheFileAndTheLine() {
        AssetFormatException e = broken("{\"codebook\": \"x\",\n\"version\": 1,\n\"codes\": [ {\"code\": }\n]}");
        assertEquals(4 - 1, e.line());
        assertTrue(e.getMessage().startsWith("test.json, line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void aMissingFieldIsNamedWithItsLine() {
        String json = GOOD.replace("\"name\": \"process\", ", "");
        AssetFormatException e = broken(json);
        assertTrue(e.getMessage().contains("field codes[1].name"), e.getMessage());
        assertTrue(e.getMessage().contains("line 6"), e.getMessage());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    }

    @Test
    void aBrokenPatternNamesItsFieldAndWhatIsWrong() {
        AssetFormatException e = broken(GOOD.replace("save $ <NUM>", "save $ <NUMBER>"));
        assertTrue(e.getMessage().contains("field codes[0].indicators.patterns[0]"), e.getMessage());
        assertTrue(e.getMessage().contains("<NUMBER>"), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void duplicateCodesBadColoursAndEmptyCodebooksAreRefused() {
        assertTrue(broken(GOOD.replace("\"PROCEDURE\"", "\"EFFICIENCY\"")).getMessage().contains("appears twice"));
        assertTrue(broken(GOOD.replace("#bbbbbb", "grey")).getMessage().contains("field codes[1].colour"));
        assertTrue(broken("{\"codebook\": \"x\", \"version\": 1, \"codes\": []}").getMessage().contains("no codes"));
        assertTrue(broken(GOOD.replace("\"version\": 2", "\"version\": \"two\"")).getMessage().contains("field version"));
        assertTrue(broken("").getMessage().contains("test.json"));
    }

    @Test
    void aCodebookFileTheUserChoseIsAnInputProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.json"), "{\"codebook\": ");
        AssetFormatException e = assertThrows(AssetFormatException.class, () -> FrameCodebook.read(file));
        assertEquals(MemoLensException.Fix.INPUT, e.fix());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }
}
