package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.memolens.domain.Language;

class LanguageIdentifierTest {

    private final LinguisticPipeline pipeline = SharedModels.pipeline();

    @ParameterizedTest
    @ValueSource(strings = {
        "Today we are announcing that approximately 9,000 roles will be eliminated across the company.",
        "As we roll out more generative AI and agents, it should change the way our work is done. We will need "
            + "fewer people doing some of the jobs that are being done today.",
        "Thanks to Priya, Olumide and Zhang Wei for leading the Kraków and Guadalajara offices."})
    void englishMemosAreAnalysable(String text) {
        Language language = pipeline.identifyLanguage(text);
        assertEquals(Language.ENGLISH, language.code());
        assertTrue(language.analysable());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fra|Nous allons réduire nos effectifs de dix pour cent cette année, et nous en sommes désolés.",
        "deu|Wir werden in diesem Jahr unsere Belegschaft um zehn Prozent reduzieren, und das tut uns leid.",
        "spa|Vamos a reducir nuestra plantilla un diez por ciento este año y lo lamentamos profundamente."})
    void otherLanguagesAreFlaggedNotAnalysed(String code, String text) {
        Language language = pipeline.identifyLanguage(text);
        assertEquals(code, language.code());
        assertFalse(language.analysable());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thanks all.", "OK", "Q3 update"})
    void tooShortToTellIsUndeterminedAndAnalysedAsEnglish(String text) {
        Language language = pipeline.identifyLanguage(text);
        assertEquals(Language.UNDETERMINED, language.code());
        assertTrue(language.analysable());
    }
}
