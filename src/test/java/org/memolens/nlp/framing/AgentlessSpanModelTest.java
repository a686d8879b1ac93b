package org.memolens.nlp.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;

/**
 * The shipped agentless-harm span model over the rules' candidates, on sentences in the shapes of
 * the annotation guide (5.2): the expected span is text the found span must overlap, "-" for none.
 */
class AgentlessSpanModelTest {

    private static final FrameModel MODEL = ShippedFraming.model();

    private static List<DeviceHit> found(String text) {
        SentenceFraming framing = new SentenceFraming(TestSentences.codebook(), TestSentences.glossary(), MODEL);
        return framing.analyze(text, TestSentences.tokens(text)).devices().stream()
                .filter(d -> d.type() == DeviceType.AGENTLESS_HARM).toList();
    }

    @Test
    void theShippedModelCarriesAnAgentlessSpanModelWithAThreshold() {
        DeviceSpanModel span = MODEL.device(DeviceType.AGENTLESS_HARM);
        assertNotNull(span);
        assertTrue(span.threshold() > 0 && span.threshold() < 1);
        assertEquals(null, MODEL.device(DeviceType.EUPHEMISM), "euphemisms are found by the rules alone");
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Approximately 300 roles will be eliminated across the company.         | roles will be eliminated
            Positions in the claims unit were impacted by the restructuring.       | Positions
            The reduction will affect about 4% of our staff.                       | The reduction will affect
            Automation will replace 200 jobs in our warehouses next year.           | Automation will replace
            Some jobs in the print shop will go away next year.                    | jobs
            We are eliminating 120 roles in the call centres.                      | -
            The board approved the closure of the Leeds plant.                     | -
            No permanent employee will be made redundant.                          | -
            Revenue was impacted by the storms in the third quarter.               | -
            Please join the all-hands meeting on Thursday at noon.                 | -
            """)
    void findsAgentlessHarmAndLeavesNamedAgentsDenialsAndCompanyHarmsAlone(String text, String expected) {
        List<DeviceHit> hits = found(text);
        for (DeviceHit h : hits) {
            assertEquals(text.substring(h.start(), h.end()), h.text(), "a span is the text at its offsets");
            assertEquals(AgentlessHarmDetector.GLOSS, h.gloss());
        }
        if (expected.equals("-")) {
            assertTrue(hits.isEmpty(), () -> "wrongly found in: " + text + " -> " + hits);
            return;
        }
        int start = text.indexOf(expected);
        int end = start + expected.length();
        assertTrue(hits.stream().anyMatch(h -> h.start() < end && start < h.end()),
                () -> "\"" + expected + "\" not found in: " + text + " -> " + hits);
    }

    @Test
    void candidatesReachEveryShapeOfTheDefinitionEvenWhereTheRulesStaySilent() {
        SentenceFraming rules = new SentenceFraming(TestSentences.codebook(), TestSentences.glossary(), null);
        for (String text : List.of("Roles will be eliminated in June.", "The new structure removes a layer of management.",
                "There will be job losses in the Leeds office.", "Your position will no longer exist after March.",
                "Premiums will increase by 12% next year.")) {
            SentenceFraming.Candidates c = rules.candidates(text, TestSentences.tokens(text));
            assertTrue(!c.agentless().isEmpty(), "a candidate in: " + text);
            for (SpanCandidate s : c.agentless()) {
                assertTrue(s.features().contains("bias"), s.toString());
                assertTrue(s.from() <= s.to() && s.to() < c.sentence().size(), s.toString());
            }
        }
    }
}
