package org.memolens.nlp.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.memolens.domain.DetectorSource;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;

/** The rule side of frame detection, one row per frame with a positive and a negative sentence. */
class FrameRulesTest {

    private static List<FrameHit> frames(String text) {
        return TestSentences.rules(text).frames();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            TECH_INEVITABILITY | Artificial intelligence is changing how every team in this company works.  | The cafeteria will reopen on Monday.
            EFFICIENCY         | These steps will reduce our operating costs by $40 million.              | Our founders opened the first shop in 1987.
            STREAMLINING       | We will remove a layer of management so decisions are made faster.       | Thank you for your patience this quarter.
            MISSION_CUSTOMER   | Everything we do is in service of our customers.                         | The parking garage closes at 9 p.m.
            EXTERNAL_PRESSURE  | Rising interest rates have cut demand for new homes.                     | We are proud of the team in Lyon.
            IDENTITY_CULTURE   | Our culture and values are what make this company special.               | Please submit the form by Friday.
            NORMALISATION      | As we do every year, we have reviewed our structure.                      | AI will change the way we work.
            CARE_SUPPORT       | Thank you for the care you show one another every day.                   | The new pricing takes effect in May.
            ACCOUNTABILITY     | I take full responsibility for the decisions that brought us here.       | The market for steel fell sharply.
            RESPONSIBILISATION | We expect every employee to use AI tools in their daily work.            | The office will be closed on Friday.
            OPPORTUNITY        | We will hire 200 people next year as we expand into new markets.         | The vending machines are being replaced.
            PROCEDURE          | Please reach out to your manager with any questions by Friday.           | Our mission has not changed.
            """)
    void aFrameFiresOnItsIndicatorsWithEvidenceAndNotWithout(String code, String positive, String negative) {
        FrameHit hit = frames(positive).stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not found in: " + positive + " -> " + frames(positive)));
        assertEquals(DetectorSource.RULE, hit.source());
        assertFalse(hit.evidence().isEmpty());
        for (Evidence e : hit.evidence()) {
            assertEquals(positive.substring(e.start(), e.end()), e.text());
        }
        assertTrue(frames(negative).stream().noneMatch(f -> f.code().equals(code)),
                () -> code + " wrongly found in: " + negative + " -> " + frames(negative));
    }
}
