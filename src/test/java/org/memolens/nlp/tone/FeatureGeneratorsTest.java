package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The custom OpenNLP feature generators on tables of sentences. */
class FeatureGeneratorsTest {

    private static Collection<String> features(FeatureGenerator generator, String sentence) {
        return generator.extractFeatures(sentence.split(" "), Map.of());
    }

    @Test
    void everyGeneratorHasThePublicNoArgumentConstructorOpenNlpNeedsToLoadAModel() throws Exception {
        for (FeatureGenerator g : List.of(ToneModel.featureGenerators())) {
            assertTrue(Modifier.isPublic(g.getClass().getModifiers()), g.getClass().getName());
            assertTrue(Modifier.isPublic(g.getClass().getConstructor().getModifiers()), g.getClass().getName());
        }
        assertTrue(Modifier.isPublic(ShapeFeatureGenerator.class.getConstructor().getModifiers()));
    }

    @Test
    void wordFeaturesArePrefixedLowerCasedWithNumbersCollapsed() {
        Collection<String> f = features(new WordFeatureGenerator(), "Profit rose 12 %");
        assertTrue(f.containsAll(List.of("w=profit", "w=rose", "w=<num>", "bigram=<s>_profit", "bigram=rose_<num>",
                "bigram=%_</s>")), f.toString());
        assertTrue(f.stream().allMatch(s -> s.startsWith("w=") || s.startsWith("stem=") || s.startsWith("bigram=")), f.toString());
        assertTrue(features(new WordFeatureGenerator(), "loved").contains("stem=lov"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "There were no problems or complaints .   | problems complaints | were",
        "We don't expect any problems .           | expect any problems | we",
        "It is not good , but it is cheap .       | good                 | cheap",
        "Not only did sales rise .                |                      | sales",
    })
    void negationFeaturesMarkExactlyTheWordsInScope(String sentence, String negated, String notNegated) {
        Collection<String> f = features(new NegationFeatureGenerator(), sentence.strip());
        for (String w : negated == null ? new String[0] : negated.strip().split(" ")) {
            assertTrue(f.contains("neg=" + w), w + " in " + f);
        }
        for (String w : notNegated.strip().split(" ")) {
            assertFalse(f.contains("neg=" + w), w + " in " + f);
        }
        assertTrue(f.stream().allMatch(s -> s.startsWith("neg=")), f.toString());
    }

    @Test
    void contrastFeaturesGiveTheClauseAfterButAndTheSignsOnEitherSide() {
        Collection<String> f = features(new ContrastFeatureGenerator(), "The start was good , but the finish was awful .");
        assertTrue(f.containsAll(List.of("after=finish", "after=awful", "contrast=pos>neg")), f.toString());
        assertFalse(f.contains("after=start"), f.toString());
        assertTrue(features(new ContrastFeatureGenerator(), "The start was good .").isEmpty());
    }

    @Test
    void lexiconFeaturesCarryTheRuleFindings() {
        Collection<String> negated = features(new LexiconFeatureGenerator(), "This is not good .");
        assertTrue(negated.containsAll(List.of("lex=neg", "lex=negated:pos")), negated.toString());
        Collection<String> figure = features(new LexiconFeatureGenerator(), "Operating costs rose sharply .");
        assertTrue(figure.contains("lex=figure:neg"), figure.toString());
        Collection<String> plain = features(new LexiconFeatureGenerator(), "The meeting is on Friday .");
        assertTrue(plain.containsAll(List.of("lex=none", "lex=score:zero")), plain.toString());
    }

    @Test
    void aRegisterAddsARegisterSpecificCopyOfEveryFeature() {
        Map<String, Object> news = ToneRegister.extraInformation(ToneRegister.NEWS);
        Collection<String> f = new WordFeatureGenerator().extractFeatures("Sales rose".split(" "), news);
        assertTrue(f.containsAll(List.of("w=sales", "news|w=sales", "bigram=sales_rose", "news|bigram=sales_rose")),
                f.toString());
        assertEquals(2 * features(new WordFeatureGenerator(), "Sales rose").size(), f.size());
    }

    @Test
    void shapeFeaturesTellRegistersApart() {
        Collection<String> tweet = features(new ShapeFeatureGenerator(), "$ AAPL up 5 % https://t.co/x");
        assertTrue(tweet.containsAll(List.of("shape=ticker", "shape=url", "shape=figures:1")), tweet.toString());
        Collection<String> snippet = features(new ShapeFeatureGenerator(), "the battery died after a week .");
        assertTrue(snippet.containsAll(List.of("shape=lowercase", "shape=end:.")), snippet.toString());
    }
}
