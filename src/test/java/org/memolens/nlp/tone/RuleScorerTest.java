package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The tone rules on tables of sentences, tokenised as the UD tokenizer does (contractions whole). */
class RuleScorerTest {

    private static final RuleScorer RULES = new RuleScorer(ToneLexicon.shipped());

    static RuleReading read(String tokens) {
        return RULES.score(tokens.split(" "));
    }

    static String sign(double compound) {
        return compound >= 0.05 ? "+" : compound <= -0.05 ? "-" : "0";
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // negation flips and weakens, to the end of the clause, through coordination
        "There were no problems or complaints .                | +",
        "We don't have any problems or complaints .             | +",
        "This is not good .                                     | -",
        "This is not bad .                                      | +",
        "The results weren't disappointing at all .             | +",
        "We are not happy with these results .                  | -",
        "Nobody was happy with the outcome .                    | -",
        "No customer data was lost , and the team did great .   | +",
        // preventing something bad is not bad news, in the active and in the passive
        "We avoided layoffs this year .                          | +",
        "Layoffs will be avoided this year .                     | +",
        "Job losses were prevented by the new contract .         | +",
        "We could not avoid the layoffs .                        | -",
        "We failed to avoid the plant closure .                  | -",
        // contrast: the clause after but/however counts more; although/despite clauses count less
        "The start was good , but the finish was terrible .     | -",
        "The start was terrible , but the finish was great .    | +",
        "Sales were strong ; however , margins collapsed .      | -",
        "Although sales fell , profit improved strongly .       | +",
        "Despite a difficult year , we delivered excellent results . | +",
        // corporate register: gratitude does not drown bad news in the same sentence
        "Thank you for your hard work .                                         | +",
        "Thank you for your hard work , but we will close the Dayton plant .   | -",
        "Thank you for your hard work ; unfortunately we must close the plant . | -",
        "We appreciate your dedication , but 200 jobs will be cut .             | -",
        // business figures: the sign depends on the figure
        "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn .                 | +",
        "Operating costs rose sharply .                                        | -",
        "The operating loss narrowed to EUR 1.1 mn from EUR 4.8 mn .            | +",
        "The operating loss widened to EUR 4.8 mn .                             | -",
        "Net sales were EUR 5.2 mn , compared with EUR 6.0 mn a year earlier .  | -",
        "Net sales were EUR 6.0 mn , compared with EUR 5.2 mn a year earlier .  | +",
        "The company cut costs by 10 percent .                                  | +",
        "Competition in the market has intensified .                            | -",
        "The bank cut its growth forecast for the euro area .                   | -",
        "Growth forecasts were cut .                                            | -",
        "Shares hit an all - time high .                                        | +",
        "Shares hit an all-time high .                                          | +",
        "The company recorded write - downs .                                   | -",
        "The company recorded write-downs .                                     | -",
        "Visitor numbers dropped by a third .                                   | -",
        "The order was worth EUR 15 mn .                                        | 0",
        "The company raised its full - year guidance .                          | +",
        "The company lowered its full - year sales forecast .                   | -",
        "The company will cut 300 jobs .                                        | -",
        "The group swung to a loss in the quarter .                             | -",
        "The group returned to profit in the quarter .                          | +",
        "The shares closed 4.2 percent higher .                                 | +",
        "We opened 40 new stores this year .                                    | +",
        "Losses were lower than expected .                                      | +",
        "Deliveries were lower than expected .                                  | -",
        "The loss per share was smaller than analysts had expected .            | +",
        "The company reported a larger loss .                                   | -",
        "The company's cash position dwindled to EUR 5 million .                | -",
        "Demand for the product dried up .                                      | -",
        "Quarterly profit came in below consensus estimates .                   | -",
        "Quarterly profit came in above consensus .                             | +",
        "The stock hit a 52 - week low on Tuesday .                             | -",
        "The stock hit a 52-week high on Tuesday .                              | +",
        "The company reinstated its dividend .                                  | +",
        "The board proposes that no dividend be paid .                          | -",
        "Restructuring costs weighed on the quarterly result .                  | -",
        "The turnaround programme is bearing fruit .                            | +",
        "Customer satisfaction has never been higher .                          | +",
        "Our costs have never been higher .                                     | -",
        "Morale has never been better .                                         | +",
        "The product has never been good .                                      | -",
        "The negotiations may lead to the reduction of at most 45 jobs .        | -",
        "The company will cut up to 1,200 jobs .                                | -",
        "The company will discontinue production at the mill .                  | -",
        "The company discontinued its loss - making operations .                | +",
        "Jobless claims rise more than expected                                 | -",
        "Consumer confidence fell in May .                                      | -",
        "Consumer confidence rebounds in June                                   | +",
        "$TUV cut to neutral at Morgan Stanley                                  | -",
        "$TUV raised to outperform at RBC                                       | +",
        "Tech stocks sold off on Friday .                                       | -",
        "The Treasury will auction bonds on Monday .                            | 0",
        // multi-word expressions
        "Our results were nothing short of outstanding .        | +",
        "I could not be happier with this team .                | +",
        "We have no shortage of talented people .               | +",
        "There is no doubt that this was a difficult year .     | -",
        "We believe the worst is behind us .                    | +",
        "It is the right decision for the company .             | +",
        "Results fell short of expectations .                   | -",
        "Earnings came in below analyst expectations .          | -",
        "Earnings came in ahead of expectations .               | +",
        "The project is back on track .                         | +",
        "Earnings were better than expected .                   | +",
        "The auditor raised going concern doubts .              | -",
        // verdicts of reviews and comments
        "Battery life could be better .                         | -",
        "Would not buy again .                                  | -",
        "Cheap plastic , but it does the job .                  | +",
        "I wish I had known this sooner .                       | -",
        "Did not live up to the hype .                          | -",
        "Total rip - off .                                      | -",
        "Works like a charm .                                   | +",
        "Love this ❤️                                           | +",
        "This made me cry 😢                                    | -",
        "Setup was a nightmare .                                | -",
        "Flimsy and poorly made .                               | -",
        "Don't waste your money on this .                       | -",
        "Haven't had any issues so far .                        | +",
        "Could not get it to work .                             | -",
        // plain statements of fact stay neutral
        "The meeting will be held on 15 April in Helsinki .     | 0",
        "The company has 1,200 employees in Finland .           | 0",
        "Please submit your expense reports by Friday .         | 0",
        "Effective immediately , the Berlin team reports to Ana . | 0",
    })
    void signOfTheRuleScore(String sentence, String expected) {
        assertEquals(expected, sign(read(sentence.strip()).compound()), sentence);
    }

    @Test
    void boostersStrengthenAndDampenersWeaken() {
        double plain = read("We are happy .").sum();
        double very = read("We are very happy .").sum();
        double slightly = read("We are slightly happy .").sum();
        assertTrue(very > plain && plain > slightly && slightly > 0, very + " > " + plain + " > " + slightly);
    }

    @Test
    void hedgesWeakenWithoutFlipping() {
        double plain = read("Sales improve next year .").sum();
        double hedged = read("Sales may improve next year .").sum();
        assertTrue(hedged > 0 && hedged < plain, hedged + " < " + plain);
        assertTrue(read("Sales may improve next year .").hedged());
    }

    @Test
    void aContrastWithoutEvaluationAfterItStillRunsAgainstTheClauseBefore() {
        RuleReading r = read("The food was great , but the service was slow .");
        assertTrue(r.compound() < 0.3, "the 'but' takes back most of 'great': " + r.compound());
    }

    @Test
    void gratitudeBesideBadNewsCountsLess() {
        RuleReading alone = read("Thank you for your hard work .");
        RuleReading beside = read("Thank you for your hard work ; sadly the plant will close .");
        double gratitudeAlone = gratitude(alone);
        double gratitudeBeside = gratitude(beside);
        assertTrue(gratitudeBeside > 0 && gratitudeBeside < gratitudeAlone / 2, gratitudeBeside + " vs " + gratitudeAlone);
    }

    @Test
    void aFigureAndItsMovementAreOnePieceOfEvidence() {
        String[] tokens = "Operating profit rose to EUR 13.1 mn .".split(" ");
        RuleReading r = RULES.score(tokens);
        assertEquals(1, r.contributions().size());
        RuleReading.Contribution c = r.contributions().get(0);
        assertEquals(RuleReading.Kind.FIGURE, c.kind());
        assertEquals(List.of("Operating", "profit", "rose"), Arrays.asList(tokens).subList(c.first(), c.end()));
    }

    @Test
    void aFigureMovesOnceSoALaterMovementWordIsNotPairedWithIt() {
        String[] tokens = "Although revenue declined , we gained three major customers .".split(" ");
        RuleReading r = RULES.score(tokens);
        List<RuleReading.Contribution> figures = r.contributions().stream()
                .filter(c -> c.kind() == RuleReading.Kind.FIGURE).toList();
        assertEquals(1, figures.size(), r.contributions().toString());
        assertEquals(List.of("revenue", "declined"), Arrays.asList(tokens).subList(figures.get(0).first(), figures.get(0).end()));
        assertTrue(figures.get(0).weight() < 0, "declining revenue is bad news");
    }

    @Test
    void negationScopeEndsAtTheClause() {
        RuleReading r = read("We didn't win , but the team was great .");
        boolean[] negated = r.negated();
        assertTrue(negated[2], "'win' is negated");
        assertTrue(!negated[7], "'great' after the comma and 'but' is not");
    }

    private static double gratitude(RuleReading r) {
        return r.contributions().stream().filter(c -> c.kind() == RuleReading.Kind.GRATITUDE)
                .mapToDouble(RuleReading.Contribution::weight).sum();
    }
}
