package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.memolens.domain.TextSpan;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

/** Tone and register models trained in memory on a handful of sentences. */
class ToneModelTest {

    static final ToneTrainingSettings SETTINGS = new ToneTrainingSettings("maxent-qn", 60, 1, 0.5);

    static final String[][] MEMO = {
        {"positive", "We are proud of this team and grateful for your great work ."},
        {"positive", "Revenue grew strongly and we had a record quarter ."},
        {"positive", "I am delighted to welcome our new colleagues ."},
        {"positive", "Customers love the new app and satisfaction is excellent ."},
        {"negative", "Unfortunately we missed our targets and lost two customers ."},
        {"negative", "I am sorry , this is painful news for all of us ."},
        {"negative", "Revenue fell sharply and costs are too high ."},
        {"negative", "The launch was a failure and quality was poor ."},
        {"neutral", "The meeting will take place on Thursday at 10:00 ."},
        {"neutral", "Please submit your expense reports in the new system ."},
        {"neutral", "The team will report to the Chief Operating Officer ."},
        {"neutral", "The office will be closed for the public holiday on Monday ."},
    };

    static final String[][] NEWS = {
        {"positive", "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn ."},
        {"positive", "The company won a large order and raised its outlook ."},
        {"positive", "Net sales increased by 12 percent thanks to strong demand ."},
        {"negative", "Operating profit fell to EUR 8.7 mn from EUR 13.1 mn ."},
        {"negative", "The company issued a profit warning and cut its outlook ."},
        {"negative", "Net sales decreased by 12 percent because of weak demand ."},
        {"neutral", "The company has 1,200 employees in Finland and Sweden ."},
        {"neutral", "The annual general meeting will be held on 15 April ."},
        {"neutral", "The company publishes its interim report on 28 July ."},
    };

    static ToneTrainer.Trained trained;

    @BeforeAll
    static void train() {
        trained = ToneTrainer.train(sets(), SETTINGS, ToneModelTest::whitespace);
    }

    static List<ToneTrainer.TrainingSet> sets() {
        return List.of(new ToneTrainer.TrainingSet("memo", ToneRegister.MEMO, examples(MEMO), 2),
                new ToneTrainer.TrainingSet("news", ToneRegister.NEWS, examples(NEWS), 1.5));
    }

    static List<ToneExample> examples(String[][] rows) {
        List<ToneExample> examples = new ArrayList<>();
        for (String[] row : rows) {
            examples.add(new ToneExample(ToneLabel.fromCode(row[0]), row[1]));
        }
        return examples;
    }

    /** Spans of the white-space separated words of a text. */
    static List<TextSpan> whitespace(String text) {
        List<TextSpan> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                spans.add(new TextSpan(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return spans;
    }

    private static Tone tone(ToneAnalyzer analyzer, String text) {
        return analyzer.tone(text, whitespace(text));
    }

    @Test
    void aModelTrainedInMemoryLabelsClearSentencesItHasNotSeen() {
        ToneAnalyzer analyzer = new ToneAnalyzer(trained.tone(), trained.register());
        assertEquals(ToneLabel.POSITIVE, tone(analyzer, "We are grateful and proud of the great work .").label());
        assertEquals(ToneLabel.NEGATIVE, tone(analyzer, "Sadly , quality was poor and we lost customers .").label());
        assertEquals(ToneLabel.NEUTRAL, tone(analyzer, "The meeting will take place on Monday .").label());
    }

    @Test
    void theRegisterModelTellsMemosFromNews() {
        double[] news = trained.register().probabilities("Net sales increased to EUR 5.1 mn .".split(" "));
        double[] memo = trained.register().probabilities("Please join the team meeting on Thursday .".split(" "));
        assertTrue(news[ToneRegister.NEWS.ordinal()] > news[ToneRegister.MEMO.ordinal()]);
        assertTrue(memo[ToneRegister.MEMO.ordinal()] > memo[ToneRegister.NEWS.ordinal()]);
    }

    @Test
    void trainingTwiceGivesByteIdenticalModelFiles() {
        ToneTrainer.Trained again = ToneTrainer.train(sets(), SETTINGS, ToneModelTest::whitespace);
        assertArrayEquals(trained.tone().bytes(), again.tone().bytes());
        assertArrayEquals(trained.register().bytes(), again.register().bytes());
    }

    @Test
    void theOrderOfTheInputDoesNotChangeTheModel() {
        List<ToneTrainer.TrainingSet> reversed = new ArrayList<>(sets());
        java.util.Collections.reverse(reversed);
        ToneTrainer.Trained again = ToneTrainer.train(reversed, SETTINGS, ToneModelTest::whitespace);
        assertArrayEquals(trained.tone().bytes(), again.tone().bytes());
    }

    @Test
    void aWrittenModelReadsBackWithTheSameProbabilities() throws Exception {
        ToneModel copy = ToneModel.read(new ByteArrayInputStream(trained.tone().bytes()));
        String[] words = "Revenue grew but costs are too high .".split(" ");
        for (ToneRegister r : ToneRegister.values()) {
            assertArrayEquals(trained.tone().probabilities(words, r), copy.probabilities(words, r), 1e-12);
        }
    }

    @Test
    void toneScoreConfidenceAndEvidenceAreConsistent() {
        ToneAnalyzer analyzer = new ToneAnalyzer(trained.tone(), trained.register());
        String text = "Thank you all , but sadly the Dayton plant will close .";
        Tone tone = tone(analyzer, text);
        assertTrue(tone.score() >= -1 && tone.score() <= 1 && tone.confidence() > 0.33);
        assertTrue(tone.evidence().stream().anyMatch(e -> e.text().equals("sadly") && e.weight() < 0), tone.toString());
        tone.evidence().forEach(e -> assertEquals(e.text(), text.substring(e.start(), e.end())));
        if (tone.label() == ToneLabel.POSITIVE) {
            assertTrue(tone.score() > 0);
        } else if (tone.label() == ToneLabel.NEGATIVE) {
            assertTrue(tone.score() < 0);
        }
    }

    @Test
    void evidenceOffsetsPointIntoTheWholeMemoText() {
        ToneAnalyzer analyzer = new ToneAnalyzer(trained.tone(), trained.register());
        String memo = "Hello all. Sadly, sales fell.";
        List<TextSpan> sentence = List.of(new TextSpan(11, 16), new TextSpan(16, 17), new TextSpan(18, 23),
                new TextSpan(24, 28), new TextSpan(28, 29));
        Tone tone = analyzer.tone(memo, sentence);
        assertTrue(tone.evidence().stream().anyMatch(e -> e.start() == 11 && e.end() == 16 && e.text().equals("Sadly")),
                tone.evidence().toString());
        assertTrue(tone.evidence().stream().anyMatch(e -> e.text().equals("sales fell") && e.start() == 18), tone.evidence().toString());
    }
}
