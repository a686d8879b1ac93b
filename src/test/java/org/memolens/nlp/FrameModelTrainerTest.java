package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.CodeScore;
import org.memolens.domain.FrameHit;
import org.memolens.domain.TextSpan;

class FrameModelTrainerTest {

    @TempDir
    Path dir;

    static List<LabelledSentence> sentences() {
        List<LabelledSentence> s = new ArrayList<>();
        String[] topics = {"costs", "budget", "savings", "spending", "expenses", "margins"};
        for (int i = 0; i < 12; i++) {
            s.add(new LabelledSentence("We reduce " + topics[i % 6] + " in unit " + i + ".", Set.of("COST")));
            s.add(new LabelledSentence("The picnic is on day " + i + " by the lake.", Set.of()));
        }
        s.add(new LabelledSentence("Rare code here.", Set.of("RARE")));
        return s;
    }

    @Test
    void aSeparableSetIsLearnedAndCrossValidatedPerCodeWhileRareCodesAreSkipped() {
        List<Integer> progress = new ArrayList<>();
        FrameModelTrainer.Result result = FrameModelTrainer.train("t", sentences(), List.of("COST", "RARE"),
                FrameModelTrainer.Settings.DEFAULT, progress::add);
        assertEquals(List.of("RARE"), result.skipped());
        assertEquals(List.of("COST"), result.model().codes());
        CodeScore cost = result.scores().get(0);
        assertEquals(12, cost.support());
        assertEquals(1.0, cost.recall(), 1e-12, cost.toString());
        assertTrue(cost.f1() >= 0.9, cost.toString());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), progress);
    }

    @Test
    void aWrittenModelReadsBackWithTheSameProbabilitiesAndExplainsItsHits() throws Exception {
        UserFrameModel model = FrameModelTrainer.train("t", sentences(), List.of("COST"), FrameModelTrainer.Settings.DEFAULT,
                i -> { }).model();
        Path file = dir.resolve("t.frame-model.zip");
        model.write(file);
        UserFrameModel read = UserFrameModel.read(file, UserFrameModel.sha256(file));
        String sentence = "Next year we reduce costs again.";
        assertEquals(model.probabilities(sentence), read.probabilities(sentence));
        List<FrameHit> hits = read.hits(sentence, new TextSpan(0, sentence.length()));
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).evidence().stream().anyMatch(e -> e.text().equals("costs")), hits.toString());
        assertEquals(List.of(), read.predict("A picnic by the lake."));
    }

    @Test
    void bigramsArePrefixedWordPairs() {
        assertEquals(List.of("bi=cut_costs", "bi=costs_now"),
                new BigramFeatureGenerator().extractFeatures(new String[] {"cut", "costs", "now"}, Map.of()));
    }
}
