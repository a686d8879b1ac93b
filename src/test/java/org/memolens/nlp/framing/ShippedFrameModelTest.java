package org.memolens.nlp.framing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import opennlp.tools.doccat.DocumentCategorizerME;

import org.junit.jupiter.api.Test;

import org.memolens.domain.DetectorSource;
import org.memolens.domain.FrameHit;
import org.memolens.domain.MemoLensException.Fix;

/** The shipped frame model: it loads, scores as OpenNLP does, and its hits always show evidence. */
class ShippedFrameModelTest {

    private static final FrameModel MODEL = ShippedFraming.model();

    @Test
    void theShippedModelCoversEveryCodeOfTheCodebook() {
        assertEquals(ShippedFraming.codebook().codes(), MODEL.codes());
        for (String code : MODEL.codes()) {
            assertTrue(MODEL.threshold(code) > 0 && MODEL.threshold(code) < 1, code);
        }
    }

    @Test
    void scoringAllCodesAtOnceEqualsOpenNlpsCategorizerForEachCode() {
        SentenceFraming framing = new SentenceFraming(TestSentences.codebook(), TestSentences.glossary(), null);
        for (String text : List.of("We will reduce our operating costs by $40 million next year.",
                "Thank you for the care you show our customers every day.",
                "AI is changing every role in this company, and we must adapt.")) {
            String[] features = framing.features(text, TestSentences.tokens(text));
            double[] all = MODEL.probabilities(features);
            for (int c = 0; c < MODEL.codes().size(); c++) {
                DocumentCategorizerME me = new DocumentCategorizerME(MODEL.doccat(MODEL.codes().get(c)));
                assertEquals(me.categorize(features)[me.getIndex(FrameModel.YES)], all[c], 1e-9, MODEL.codes().get(c));
            }
        }
    }

    @Test
    void theWeightTablesScoreExactlyAsTheModelFile() throws Exception {
        assertNotNull(MODEL.codeTable(), "the build derives weight tables from the shipped model");
        FrameModel fromFile;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ShippedFraming.MODEL)) {
            fromFile = FrameModel.read(ShippedFraming.MODEL, Fix.INSTALLATION, in);
        }
        assertEquals(fromFile.fingerprint(), MODEL.fingerprint());
        SentenceFraming framing = new SentenceFraming(TestSentences.codebook(), TestSentences.glossary(), null);
        for (String text : List.of("We will reduce our operating costs by $40 million next year.",
                "Approximately 300 roles will be eliminated across the company.",
                "Thank you for the care you show our customers every day.")) {
            String[] features = framing.features(text, TestSentences.tokens(text));
            assertArrayEquals(fromFile.probabilities(features), MODEL.probabilities(features), 0.0, text);
            assertEquals(fromFile.impactProbabilities(features), MODEL.impactProbabilities(features), text);
            for (String f : features) {
                for (String code : MODEL.codes()) {
                    assertEquals(fromFile.weight(code, f), MODEL.weight(code, f), 0.0, code + " " + f);
                }
                for (String outcome : List.of("harm", "benefit", "none")) {
                    assertEquals(fromFile.impactWeight(outcome, f), MODEL.impactWeight(outcome, f), 0.0, outcome + " " + f);
                }
            }
        }
    }

    @Test
    void theShippedModelDecidesImpactAndKeepsTheRulesEvidence() {
        assertTrue(MODEL.hasImpact());
        SentenceFraming framing = new SentenceFraming(TestSentences.codebook(), TestSentences.glossary(), MODEL);
        String harm = "Approximately 300 roles will be eliminated across the company.";
        var impact = framing.analyze(harm, TestSentences.tokens(harm)).impact();
        assertEquals(org.memolens.domain.ImpactLabel.HARM, impact.label());
        assertTrue(impact.evidence().stream().anyMatch(e -> e.text().contains("roles will be eliminated")), impact.toString());
        String none = "Please join the all-hands meeting on Thursday at noon.";
        assertEquals(org.memolens.domain.ImpactLabel.NONE, framing.analyze(none, TestSentences.tokens(none)).impact().label());
    }

    @Test
    void everyFrameFoundWithTheModelShowsEvidenceInTheSentence() {
        SentenceFraming framing = new SentenceFraming(TestSentences.codebook(), TestSentences.glossary(), MODEL);
        String text = "Because demand has collapsed, we are asking every team to find savings and to use AI tools daily.";
        List<FrameHit> hits = framing.analyze(text, TestSentences.tokens(text)).frames();
        assertTrue(!hits.isEmpty(), "a sentence this loaded carries frames");
        for (FrameHit hit : hits) {
            assertTrue(!hit.evidence().isEmpty(), hit.toString());
            hit.evidence().forEach(e -> assertEquals(text.substring(e.start(), e.end()), e.text()));
            assertTrue(hit.source() == DetectorSource.RULE || hit.source() == DetectorSource.MODEL);
        }
    }
}
