package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.memolens.domain.TextSpan;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;
import org.memolens.nlp.SharedModels;

/** The shipped tone models, loaded from the class path, on sentences whose tone nobody would dispute. */
class ShippedToneModelTest {

    private static final ToneAnalyzer ANALYZER = ToneAnalyzer.shipped();

    private static Tone tone(String text) {
        List<TextSpan> tokens = SharedModels.pipeline().tokenSpans(text);
        return ANALYZER.tone(text, tokens);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "I am incredibly proud of this team and grateful for everything you have achieved.   | positive",
        "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn.                                | positive",
        "We had a record quarter, with revenue up 24 percent.                                 | positive",
        "Unfortunately, we missed our targets and lost our two largest customers.            | negative",
        "The company issued a profit warning and its shares plunged 20 percent.              | negative",
        "I am truly sorry; this is painful news for all of us.                               | negative",
        "The meeting will be held on 15 April in Helsinki.                                   | neutral",
        "Please return your laptop and badge to reception by Friday.                         | neutral",
        "The company has about 1,200 employees in Finland and Sweden.                        | neutral",
    })
    void unambiguousSentences(String sentence, String expected) {
        Tone tone = tone(sentence.strip());
        assertEquals(ToneLabel.fromCode(expected), tone.label(), tone.toString());
    }

    @Test
    void gratitudeDoesNotDrownBadNewsInTheSameSentence() {
        assertTrue(tone("Thank you for your hard work; unfortunately, we have to close the Dayton plant.").label()
                != ToneLabel.POSITIVE);
        assertEquals(ToneLabel.POSITIVE, tone("Thank you for your hard work this year.").label());
    }

    @Test
    void negatedProblemsAreNotNegative() {
        assertTrue(tone("There were no problems or complaints during the move.").label() != ToneLabel.NEGATIVE);
    }
}
