package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** A weight table scores exactly as the OpenNLP model it was derived from, and survives a round trip. */
class MaxentTableTest {

    private static QNModel model;
    private static MaxentTable table;

    @BeforeAll
    static void train() throws IOException {
        List<DocumentSample> samples = List.of(
                new DocumentSample("positive", "profit rose strongly and sales grew".split(" ")),
                new DocumentSample("positive", "a record quarter , thank you all 🎉".split(" ")),
                new DocumentSample("positive", "orders grew and margins improved".split(" ")),
                new DocumentSample("negative", "profit fell and we cut jobs".split(" ")),
                new DocumentSample("negative", "sadly the plant in Düsseldorf will close".split(" ")),
                new DocumentSample("negative", "losses widened and sales fell".split(" ")),
                new DocumentSample("neutral", "the meeting is on Thursday".split(" ")),
                new DocumentSample("neutral", "the report will be published in July".split(" ")));
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, 50);
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        DoccatModel doccat = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), p,
                new DoccatFactory());
        model = (QNModel) doccat.getMaxentModel();
        table = MaxentTable.of(model, Map.of("source-sha256", "abc"));
    }

    private static final String[][] CONTEXTS = {
        {"bow=profit", "bow=rose"},
        {"bow=profit", "bow=fell", "bow=fell"},
        {"bow=Düsseldorf", "bow=🎉", "bow=close"},
        {"bow=never-seen", "bow=meeting"},
        {},
        {"bow=the", "bow=the", "bow=the", "bow=report", "bow=sales"},
    };

    @Test
    void scoresExactlyAsTheOpenNlpModel() {
        for (String[] context : CONTEXTS) {
            assertArrayEquals(model.eval(context), table.eval(context), 0.0, Arrays.toString(context));
        }
        assertEquals(model.getNumOutcomes(), table.outcomes().size());
        for (int o = 0; o < model.getNumOutcomes(); o++) {
            assertEquals(model.getOutcome(o), table.outcomes().get(o));
        }
    }

    @Test
    void aWrittenTableReadsBackTheSame() throws IOException {
        MaxentTable again = MaxentTable.read(new ByteArrayInputStream(table.bytes()));
        assertEquals(table.featureNames(), again.featureNames());
        assertEquals("abc", again.header("source-sha256"));
        assertArrayEquals(table.bytes(), again.bytes());
        for (String[] context : CONTEXTS) {
            assertArrayEquals(table.eval(context), again.eval(context), 0.0);
        }
    }

    @Test
    void unknownFeaturesWeighNothing() {
        assertNull(table.row("bow=never-seen"));
        assertEquals(0.0, table.weight("bow=never-seen", 0));
        assertTrue(table.featureNames().contains("bow=Düsseldorf"));
        assertEquals(table.outcomes().size(), table.row("bow=Düsseldorf").length);
    }

    @Test
    void aDamagedTableIsRefusedWithAReason() {
        byte[] bytes = table.bytes();
        IOException truncated = assertThrows(IOException.class,
                () -> MaxentTable.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2))));
        assertTrue(truncated.getMessage().contains("damaged"), truncated.getMessage());
        byte[] other = bytes.clone();
        other[0] ^= 1;
        assertThrows(IOException.class, () -> MaxentTable.read(new ByteArrayInputStream(other)));
    }

    @Test
    void columnsOfAnyWeightsAddUpInContextOrder() {
        MaxentTable columns = MaxentTable.of(List.of("A", "B"),
                Map.of("x", new double[] {1.5, -1}, "y", new double[] {0.25, 2}), Map.of());
        assertArrayEquals(new double[] {3.25, 0}, columns.sums(new String[] {"x", "y", "x", "z"}), 0.0);
    }
}
