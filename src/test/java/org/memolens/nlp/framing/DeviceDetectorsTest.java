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
            We will part ways with about 90 colleagues in logistics.             | part ways
            Several coordinator roles will be retired at the end of the term.    | roles will be retired
            Each supervisor affected will meet with HR on Monday.                | supervisor affected
            We will reduce our headcount in the claims unit by a fifth.          | reduce our headcount
            The colleagues departing this week have our thanks.                  | colleagues departing
            Staff in the print shop will transition out of the company by May.   | transition out
            It has become necessary to reduce the size of the support team.      | reduce the size of
            We will sunset the legacy booking app next spring.                   | -
            Employees who lean on the help desk will find answers faster.        | -
            We have some hard choices to make about the menu for the party.      | -
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
            Three regional manager posts will be retired next quarter.                 | posts will be retired
            The overnight shift will end in March.                                     | The overnight shift will end
            The bonus pool is 15% smaller this year.                                   | The bonus pool is 15% smaller
            It has become necessary to reduce the size of the support organisation.    | It has become necessary to reduce
            Warehouse staff will get laid off in two waves.                            | get laid off
            The reduction will affect about 200 people in sales.                       | The reduction will affect
            AI tools will eliminate many of the entry-level roles in support.          | AI tools will eliminate
            Their roles will conclude when the grant ends in August.                   | roles will conclude
            Your role is not affected by this change.                                  | -
            If your position is affected, your manager will call you today.            | -
            We have decided to retire 20 manager posts.                                | -
            The old expense tool will be retired in May.                               | -
            Nobody on the night team is being replaced by software.                    | -
            It has become necessary to repaint the lobby.                              | -
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
