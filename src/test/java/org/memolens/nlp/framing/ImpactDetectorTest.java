package org.memolens.nlp.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.memolens.domain.Evidence;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;

/** Sentences written for this test; none comes from the labelled set. */
class ImpactDetectorTest {

    private final ImpactDetector detector = new ImpactDetector(TestSentences.glossary());

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HARM    | We are laying off 75 people in the Oslo office.
            HARM    | Around 60 positions will be eliminated across the warehouse network.
            HARM    | The Fresno plant will close at the end of June.
            HARM    | Annual merit increases for staff will be paused until next spring.
            HARM    | Effective Monday, a hiring freeze applies to every corporate team.
            HARM    | Everyone is required to work from the office four days a week from September.
            HARM    | The new routing software will replace most of our dispatcher roles.
            HARM    | Affected colleagues will receive ten weeks of severance and outplacement help.
            HARM    | We will not backfill roles when people leave this year.
            HARM    | Employee contributions to health premiums will increase by 8%.
            HARM    | Your bonus pool will be 20% smaller this year.
            HARM    | The payroll team's work will be outsourced to a vendor in Manila.
            HARM    | Staff who accept the voluntary exit programme will receive a lump sum.
            HARM    | From June, the call centre will move to a four-day week at 80% of pay.
            HARM    | Vacant positions in finance will not be filled this year.
            HARM    | Engineers outside the two hubs will be asked to relocate to Austin.
            HARM    | Attendance will be checked with badge data and count in your annual review.
            BENEFIT | We will hire 120 engineers in Krakow next year.
            BENEFIT | Junior salaries are rising by 7% from April.
            BENEFIT | Everyone below band 5 will get a 3% increase in January.
            BENEFIT | Nursing roles are unaffected by this decision.
            BENEFIT | Every team member will receive a 5% salary increase in April.
            BENEFIT | No one will lose their job because of the new assistant.
            BENEFIT | We have no plans to reduce headcount this year.
            BENEFIT | We are adding a second week of paid parental leave.
            NONE    | Revenue fell 9% in the quarter as orders slowed.
            NONE    | Thank you for everything you did for our customers this year.
            NONE    | We will streamline the expense approval workflow so claims are paid faster.
            NONE    | Our executive team will take a 20% pay cut until we return to profit.
            NONE    | Please join the town hall on Thursday at 10 a.m.
            NONE    | Storms impacted our delivery schedules across the Midwest.
            NONE    | We will retire four status meetings and replace them with a written update.
            NONE    | Please swipe your badge at the front desk when you visit.
            NONE    | The fall in fuel prices helped our margins this quarter.
            """)
    void labelsTheImpactOfASentence(ImpactLabel expected, String text) {
        Impact impact = detector.detect(TestSentences.sentence(text));
        assertEquals(expected, impact.label(), () -> text + " -> " + impact);
        if (expected == ImpactLabel.NONE) {
            assertTrue(impact.evidence().isEmpty());
        } else {
            assertFalse(impact.evidence().isEmpty(), "harm and benefit always show their words");
            for (Evidence e : impact.evidence()) {
                assertEquals(text.substring(e.start(), e.end()), e.text());
            }
        }
    }
}
