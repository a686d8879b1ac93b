package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Token;

/** Runs the real OpenNLP models from the Maven artifacts. */
class LinguisticPipelineTest {

    private static final String MEMO = """
            Title: Org update
            From: The CEO

            Today we are announcing changes to our organization. Approximately 9,000 roles will be \
            eliminated. I know this is hard news.

            What happens next
            - Managers will meet affected employees this week.
            - Severance is 16 weeks of pay.
            """;

    private final LinguisticPipeline pipeline = SharedModels.pipeline();

    @Test
    void splitsSentencesAcrossHeadersParagraphsAndLists() {
        List<String> sentences = pipeline.sentences(MEMO).stream().map(s -> s.of(MEMO)).toList();
        assertEquals(List.of("Title: Org update", "From: The CEO",
                "Today we are announcing changes to our organization.",
                "Approximately 9,000 roles will be eliminated.", "I know this is hard news.", "What happens next",
                "- Managers will meet affected employees this week.", "- Severance is 16 weeks of pay."), sentences);
    }

    @Test
    void aPieceStartingInLowerCaseAfterAnUnknownAbbreviationStaysInItsSentence() {
        String text = "You will get an email by 10:00 a.m. local time today. Then your manager will call.";
        assertEquals(List.of("You will get an email by 10:00 a.m. local time today.", "Then your manager will call."),
                pipeline.sentences(text).stream().map(s -> s.of(text)).toList());
    }

    @Test
    void everyOffsetPointsIntoTheOriginalText() {
        for (SentenceAnalysis s : pipeline.analyze(MEMO)) {
            assertEquals(s.text(MEMO).strip(), s.text(MEMO));
            assertEquals(s.tokens().size(), s.tokenCount());
            for (Token t : s.tokens()) {
                assertEquals(t.text(), MEMO.substring(t.start(), t.end()));
                assertTrue(s.start() <= t.start() && t.end() <= s.end());
            }
        }
    }

    @Test
    void tagsAreUniversalDependenciesAndLemmasAreDictionaryForms() {
        SentenceAnalysis s = pipeline.analyze("Roles will be eliminated and employees were notified.").get(0);
        Map<String, Token> byWord = s.tokens().stream().collect(Collectors.toMap(Token::text, t -> t, (a, b) -> a));
        assertEquals("NOUN", byWord.get("Roles").pos());
        assertEquals("role", byWord.get("Roles").lemma());
        assertEquals("AUX", byWord.get("will").pos());
        assertEquals("VERB", byWord.get("eliminated").pos());
        assertEquals("eliminate", byWord.get("eliminated").lemma());
        assertEquals("be", byWord.get("were").lemma());
        assertEquals("PUNCT", byWord.get(".").pos());
    }

    @Test
    void tokenizerSplitsPunctuationButKeepsContractionsAndDecimalsWhole() {
        // The UD-EWT tokenizer model keeps "don't" as one token: negation cues must match it whole.
        List<String> words = pipeline.analyze("We don't know yet, but it's 3.5% lower.").get(0).tokens().stream()
                .map(Token::text).toList();
        assertEquals(List.of("We", "don't", "know", "yet", ",", "but", "it's", "3.5", "%", "lower", "."), words);
        assertFalse(words.contains("3"));
    }

    @Test
    void givesTheSameResultOnManyThreadsAsOnOne() throws Exception {
        List<SentenceAnalysis> expected = pipeline.analyze(MEMO);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SentenceAnalysis>>> results = pool.invokeAll(
                    java.util.Collections.nCopies(16, () -> pipeline.analyze(MEMO)));
            for (Future<List<SentenceAnalysis>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
