package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.memolens.domain.TextSpan;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;
import org.memolens.nlp.ModelDigests;
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

    @Test
    void theWeightTablesGiveTheModelFilesProbabilities() throws Exception {
        ToneModel fromTable = ToneModel.shipped();
        RegisterModel registersFromTable = RegisterModel.shipped();
        assertThrows(IllegalStateException.class, fromTable::bytes, "the shipped model is read from its table");
        ToneModel fromFile;
        RegisterModel registersFromFile;
        try (InputStream tone = resource(ToneModel.SHIPPED_RESOURCE); InputStream register = resource(RegisterModel.SHIPPED_RESOURCE)) {
            fromFile = ToneModel.read(tone);
            registersFromFile = RegisterModel.read(register);
        }
        String[] sentences = {
            "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn .",
            "Thank you for your hard work ; unfortunately , we have to close the Dayton plant .",
            "lol this is sooo bad 😡 @someone",
            "There were no problems or complaints during the move .",
            "Die Sitzung findet am Donnerstag statt .",
        };
        for (String sentence : sentences) {
            String[] tokens = sentence.split(" ");
            assertArrayEquals(registersFromFile.probabilities(tokens), registersFromTable.probabilities(tokens), 0.0, sentence);
            for (ToneRegister r : ToneRegister.values()) {
                assertArrayEquals(fromFile.probabilities(tokens, r), fromTable.probabilities(tokens, r), 0.0, sentence + " " + r);
            }
        }
    }

    @Test
    void theShippedToneModelWasTrainedWithTheFeaturesThisCodeGives() throws Exception {
        String record;
        try (InputStream in = resource("memolens/assets/models/" + ToneFeatureFingerprint.FILE_NAME)) {
            record = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String recorded = ToneFeatureFingerprint.recordedFor(record, ModelDigests.sha256(ToneModel.FILE_NAME));
        assertTrue(!recorded.isEmpty(), ToneFeatureFingerprint.FILE_NAME
                + " names another tone-model.bin than SHA256SUMS; training writes both, copy them together:\n" + record);
        assertEquals(recorded, ToneFeatureFingerprint.current(SharedModels.pipeline()::tokenSpans),
                "The rules or feature generators now give other features than tone-model.bin was trained with, so the"
                        + " model card's rebuild command no longer gives that file. Retrain with it (it rewrites "
                        + ToneFeatureFingerprint.FILE_NAME + "), measure the scores again, or undo the change.");
    }

    private static InputStream resource(String name) {
        return ShippedToneModelTest.class.getClassLoader().getResourceAsStream(name);
    }
}
