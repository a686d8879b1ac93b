package org.memolens.nlp.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.memolens.domain.MemoLensException;

class EuphemismGlossaryTest {

    private static EuphemismGlossary read(String json) {
        return EuphemismGlossary.read("glossary.json", MemoLensException.Fix.INSTALLATION,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedGlossaryGlossesRoleReductions() {
        EuphemismGlossary shipped = ShippedFraming.glossary();
        assertEquals("memolens-euphemisms-v2", shipped.version());
        assertTrue(shipped.entries().size() > 200);
        assertTrue(shipped.entries().stream().anyMatch(e -> e.pattern().equals("role reduction")
                && e.gloss().contains("lose their jobs")));
    }

    @Test
    void aPatternMeetsItsWordsWithShortGapsBetweenThem() {
        EuphemismGlossary g = read("""
                {"glossary": "g", "version": 1, "entries": [
                  {"pattern": "eliminate role", "gloss": "jobs are cut", "category": "job_loss"}]}
                """);
        String text = "We will eliminate approximately 240 roles in sales.";
        List<PatternIndex.Match<EuphemismGlossary.Entry>> matches = g.index().findAll(TestSentences.sentence(text));
        assertEquals(1, matches.size());
        MatchableSentence s = TestSentences.sentence(text);
        assertEquals("eliminate approximately 240 roles", s.evidence(matches.get(0).from(), matches.get(0).to(), 1).text());
        assertTrue(g.index().findAll(TestSentences.sentence("Roles in sales will change.")).isEmpty());
    }

    @Test
    void aBrokenEntryIsNamedByFieldAndLine() {
        AssetFormatException e = assertThrows(AssetFormatException.class, () -> read("""
                {"glossary": "g", "version": 1, "entries": [
                  {"pattern": "role reduction", "gloss": "people lose jobs"},
                  {"pattern": "role <NOUN>", "gloss": "x"}]}
                """));
        assertEquals(MemoLensException.Fix.INSTALLATION, e.fix());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("field entries[1].pattern"), e.getMessage());
        AssetFormatException noGloss = assertThrows(AssetFormatException.class, () -> read(
                "{\"glossary\": \"g\", \"version\": 1, \"entries\": [{\"pattern\": \"x\"}]}"));
        assertTrue(noGloss.getMessage().contains("entries[0].gloss"), noGloss.getMessage());
    }
}
