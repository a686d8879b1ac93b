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
 * Table-driven tests of the device detectors on sentences written for them: the expected span is a
 * piece of text the found span must overlap, or "-" for no device of that type.
 */
class DeviceDetectorsTest {

    private static List<DeviceHit> found(String text, DeviceType type) {
        return TestSentences.rules(text).devices().stream().filter(d -> d.type() == type).toList();
    }

    private static void check(String text, DeviceType type, String expected) {
        List<DeviceHit> hits = found(text, type);
        for (DeviceHit h : hits) {
            assertEquals(text.substring(h.start(), h.end()), h.text(), "a span is the text at its offsets");
        }
        if (expected.equals("-")) {
            assertTrue(hits.isEmpty(), () -> type + " wrongly found in: " + text + " -> " + hits);
            return;
        }
        int start = text.indexOf(expected);
        assertTrue(start >= 0, "the expected span is part of the sentence");
        int end = start + expected.length();
        assertTrue(hits.stream().anyMatch(h -> h.start() < end && start < h.end()),
                () -> type + " \"" + expected + "\" not found in: " + text + " -> " + hits);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            We will eliminate 240 roles in the call centres.                     | eliminate 240 roles
            Impacted team members will hear from HR this afternoon.              | Impacted team members
            We are rightsizing the operations group to match demand.             | rightsizing
            Today we say goodbye to 40 colleagues in finance.                    | say goodbye
            Positions in the print division will be eliminated in June.          | will be eliminated
            We are laying off 300 people today.                                  | -
            We will consolidate the two data centres into one.                   | -
            We will cut 120 jobs at the Leeds site.                              | -
            """)
    void euphemism(String text, String expected) {
        check(text, DeviceType.EUPHEMISM, expected);
    }

    @Test
    void aEuphemismCarriesItsPlainMeaning() {
        DeviceHit hit = found("Affected employees will receive their final pay in May.", DeviceType.EUPHEMISM).get(0);
        assertNotNull(hit.gloss());
        assertTrue(hit.gloss().contains("jobs"), hit.gloss());
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            About 90 positions will be eliminated across the region.                   | positions will be eliminated
            Bonuses for this year have been suspended.                                 | have been suspended
            The restructuring will affect 6% of our staff.                              | The restructuring will affect
            Automation will reduce the number of warehouse roles we need.               | Automation will reduce
            Weak demand has forced the closure of our Tilburg depot.                    | forced the closure
            Your role will no longer exist after the merger.                           | will no longer exist
            There will be job losses in the retail division.                           | There will be job losses
            We decided that 200 roles will be eliminated.                              | -
            The layoffs were decided by the executive committee.                       | -
            I am cutting 400 jobs today.                                               | -
            Deliveries were impacted by the snow.                                      | -
            Market conditions have forced us to close the Reno depot.                  | -
            """)
    void agentlessHarm(String text, String expected) {
        check(text, DeviceType.AGENTLESS_HARM, expected);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            We expect the move to take about six weeks.                       | We expect
            Further changes may be needed later in the year.                  | may
            Roughly 300 people work at the site.                              | Roughly
            We are not planning any layoffs at this time.                     | at this time
            This should take two weeks to complete.                           | should
            I expect every manager to hold a team meeting by Friday.          | -
            You should submit your forms by Monday.                           | -
            Employees may use the new lounge on the third floor.              | -
            We talked about our plans for next year.                          | -
            """)
    void hedge(String text, String expected) {
        check(text, DeviceType.HEDGE, expected);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I am deeply grateful for your work.                          | deeply
            I take full responsibility for this decision.                | full responsibility
            We are absolutely committed to our customers.                 | absolutely
            I am confident we will come back stronger.                   | I am confident
            Every single one of you made this year possible.             | Every single
            This is the very first time we have closed a plant.          | -
            The team will remain fully remote.                           | -
            We met with the union on Tuesday.                            | -
            """)
    void booster(String text, String expected) {
        check(text, DeviceType.BOOSTER, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I know this is hard, and I am sorry.                  | 2 | 0 | 0
            We will support you and your families.                | 0 | 1 | 2
            Our customers trust us, and they trust you.           | 0 | 2 | 1
            The plant in the US will close.                       | 0 | 0 | 0
            """)
    void pronounStance(String text, int i, int we, int you) {
        var counts = TestSentences.rules(text).pronouns();
        assertEquals(i, counts.i(), "I");
        assertEquals(we, counts.we(), "we");
        assertEquals(you, counts.you(), "you");
    }
}
