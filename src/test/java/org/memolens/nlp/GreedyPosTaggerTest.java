package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.postag.POSTaggerME;

import org.junit.jupiter.api.Test;

import org.memolens.domain.SentenceAnalysis;

/** The fast tagger must give exactly the tags of OpenNLP's own tagger with its default beam. */
class GreedyPosTaggerTest {

    @Test
    void tagsEqualPosTaggerMeWithItsDefaultBeamOnTheSampleMemos() throws Exception {
        NlpModels models = new NlpModels();
        GreedyPosTagger fast = GreedyPosTagger.of(models.pos()).orElseThrow();
        POSTaggerME reference = new POSTaggerME(models.pos());
        List<String[]> sentences = new ArrayList<>();
        for (Path memo : Files.list(Path.of("assets/samples")).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
            for (SentenceAnalysis s : SharedModels.pipeline().analyze(Files.readString(memo))) {
                sentences.add(s.tokens().stream().map(t -> t.text()).toArray(String[]::new));
            }
        }
        sentences.add(new String[] {"Layoffs", "!", "Q3", "was", "rough", ":(", "..."});
        sentences.add(new String[] {"OK"});
        int tokens = 0;
        for (String[] words : sentences) {
            assertArrayEquals(reference.tag(words), fast.tag(words), String.join(" ", words));
            tokens += words.length;
        }
        assertTrue(tokens > 1500, "compared " + tokens + " tokens");
    }
}
