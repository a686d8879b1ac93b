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

    /** A memo-length paragraph in each of seven languages written in Latin script (written for this test). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "deu|Liebe Kolleginnen und Kollegen, wir haben entschieden, die Struktur unseres Unternehmens zu verändern. Das war keine leichte Entscheidung. Die Abteilung wird mit dem Team in München zusammengelegt. Wir danken allen für ihren Einsatz in den letzten Jahren. Wenn Sie Fragen haben, wenden Sie sich bitte an Ihre Führungskraft oder an die Personalabteilung. Wir sind mit dem Betriebsrat im Gespräch über die Folgen für die Beschäftigten. Es ist wichtig, dass wir das gemeinsam tun und uns in dieser Zeit unterstützen.",
        "spa|Estimados compañeros, hemos decidido cambiar la organización de nuestra empresa. No ha sido una decisión fácil. El departamento se unirá al equipo de Madrid. Queremos agradecer a todos su compromiso durante los últimos años. Si tienen preguntas, pueden dirigirse a su responsable o al departamento de recursos humanos. Seguimos en conversación con el comité de empresa sobre las consecuencias para los trabajadores. Es importante que lo hagamos juntos y que nos apoyemos en este periodo.",
        "fra|Chers collègues, nous avons décidé de modifier l'organisation de notre entreprise. Ce n'était pas une décision facile. Le service sera regroupé avec l'équipe de Lyon. Nous remercions chacun pour son engagement au cours des dernières années. Si vous avez des questions, adressez-vous à votre responsable ou au service des ressources humaines. Nous poursuivons le dialogue avec les représentants du personnel sur les conséquences pour les salariés. Il est important que nous avancions ensemble et que nous nous soutenions pendant cette période.",
        "ita|Cari colleghi, abbiamo deciso di cambiare l'organizzazione della nostra azienda. Non è stata una decisione facile. Il reparto sarà unito al gruppo di Milano. Vogliamo ringraziare tutti per l'impegno degli ultimi anni. Se avete domande, potete rivolgervi al vostro responsabile o all'ufficio del personale. Continuiamo il dialogo con i rappresentanti sindacali sulle conseguenze per i dipendenti. È importante che lo facciamo insieme e che ci sosteniamo a vicenda in questo periodo.",
        "nld|Beste collega's, we hebben besloten om de organisatie van het bedrijf te veranderen. Dit is geen makkelijke keuze geweest. Het team van de afdeling zal worden samengevoegd met de groep in Utrecht. We willen iedereen bedanken voor de inzet van de afgelopen jaren. Als je vragen hebt, kun je contact opnemen met je manager of met de afdeling personeelszaken. Wij blijven in gesprek met de ondernemingsraad over de gevolgen voor de medewerkers. Het is belangrijk dat we dit samen doen en dat we elkaar steunen in deze periode.",
        "por|Caros colegas, decidimos mudar a organização da nossa empresa. Não foi uma decisão fácil. O departamento será integrado à equipe de Lisboa. Queremos agradecer a todos pelo empenho nos últimos anos. Se tiverem perguntas, falem com o seu gestor ou com o departamento de recursos humanos. Continuamos em diálogo com a comissão de trabalhadores sobre as consequências para os funcionários. É importante que façamos isto juntos e que nos apoiemos neste período.",
        "swe|Kära kollegor, vi har beslutat att förändra organisationen i vårt företag. Det var inte ett lätt beslut. Avdelningen kommer att slås samman med teamet i Göteborg. Vi vill tacka alla för ert engagemang under de senaste åren. Om ni har frågor kan ni vända er till er chef eller till personalavdelningen. Vi fortsätter samtalen med facket om konsekvenserna för de anställda. Det är viktigt att vi gör detta tillsammans och stöttar varandra under den här perioden."})
    void otherLanguagesNeverPassTheFunctionWordCheckAndTheDetectorStillFlagsThem(String code, String text) {
        assertTrue(LanguageIdentifier.englishShare(text) < LanguageIdentifier.CHECK_MIN_SHARE / 2,
                code + ": " + LanguageIdentifier.englishShare(text));
        Language language = pipeline.identifyLanguage(text);
        assertEquals(code, language.code());
        assertFalse(language.analysable());
    }

    @org.junit.jupiter.api.Test
    void theSampleMemosPassTheFunctionWordCheckAndTheDetectorAgrees() throws Exception {
        for (java.nio.file.Path memo : java.nio.file.Files.list(java.nio.file.Path.of("assets/samples"))
                .filter(p -> p.toString().endsWith(".txt")).toList()) {
            String text = java.nio.file.Files.readString(memo);
            assertTrue(LanguageIdentifier.englishShare(text.substring(0, Math.min(4000, text.length())))
                    >= LanguageIdentifier.CHECK_MIN_SHARE, memo.toString());
            Language detected = new LanguageIdentifier(() -> new NlpModels().language()).detect(text);
            assertEquals(Language.ENGLISH, detected.code(), memo.toString());
        }
    }
}
