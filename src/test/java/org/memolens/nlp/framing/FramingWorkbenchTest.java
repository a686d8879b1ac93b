package org.memolens.nlp.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.DetectorSource;
import org.memolens.domain.FrameHit;
import org.memolens.domain.FramingEvaluation;
import org.memolens.domain.LabelScore;
import org.memolens.domain.MemoLensException;
import org.memolens.domain.TrainingReport;
import org.memolens.nlp.SharedModels;

/** Evaluation and training on tiny labelled files, with a tiny codebook so every count is known. */
class FramingWorkbenchTest {

    @TempDir
    Path dir;

    private static final String CODEBOOK = """
            {"codebook": "tiny", "version": 1, "codes": [
              {"code": "THANKS", "name": "thanks", "definition": "Thanks someone.", "examples": [],
               "indicators": {"lemmas": [], "phrases": ["thank you"], "patterns": []}, "colour": "#112233"},
              {"code": "MONEY", "name": "money", "definition": "Speaks of costs.", "examples": [],
               "indicators": {"lemmas": [], "phrases": ["cost"], "patterns": []}, "colour": "#445566"}]}
            """;
    private static final String GLOSSARY = """
            {"glossary": "tiny", "version": 1, "entries": [
              {"pattern": "role reduction", "gloss": "people lose their jobs", "category": "job_loss"}]}
            """;

    private static FramingWorkbench workbench() {
        return new FramingWorkbench(SharedModels.pipeline(),
                FrameCodebook.read("tiny.json", MemoLensException.Fix.INPUT, stream(CODEBOOK)),
                EuphemismGlossary.read("tiny-glossary.json", MemoLensException.Fix.INPUT, stream(GLOSSARY)));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String line(String id, String memo, String text, String impact, String frames, String devices) {
        return "{\"id\":\"" + id + "\",\"memo\":\"" + memo + "\",\"text\":\"" + text + "\",\"tone\":\"neutral\",\"impact\":\""
                + impact + "\",\"frames\":[" + frames + "],\"devices\":[" + devices + "]}";
    }

    private static LabelScore label(List<LabelScore> scores, String label) {
        return scores.stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void evaluationCountsFramesAndImpactPerSentenceAndDevicesPerOverlappingSpan() throws Exception {
        Path file = Files.write(dir.resolve("tiny.jsonl"), List.of(
                // THANKS found and gold: tp. Impact none, right.
                line("a-1", "a", "Thank you for a great year.", "none", "\\\"THANKS\\\"", ""),
                // MONEY found but not gold: fp. THANKS gold, not found: fn. Gold says benefit, found harm.
                line("a-2", "a", "The role reductions will cut our cost base.", "benefit", "\\\"THANKS\\\"",
                        "{\\\"type\\\":\\\"EUPHEMISM\\\",\\\"text\\\":\\\"reductions\\\"},"
                        + "{\\\"type\\\":\\\"BOOSTER\\\",\\\"text\\\":\\\"will\\\"}")).stream()
                .map(l -> l.replace("\\\"", "\"")).toList());

        FramingEvaluation e = workbench().evaluate(file, null, true);

        assertEquals(2, e.sentences());
        assertEquals(new LabelScore("THANKS", 1, 0, 1), label(e.frames(), "THANKS"));
        assertEquals(new LabelScore("MONEY", 0, 1, 0), label(e.frames(), "MONEY"));
        assertEquals(0.5, FramingEvaluation.microF1(e.frames()), 1e-9);
        // "role reductions" overlaps the gold "reductions": one match; the gold booster is missed.
        assertEquals(new LabelScore("EUPHEMISM", 1, 0, 0), label(e.devices(), "EUPHEMISM"));
        assertEquals(new LabelScore("BOOSTER", 0, 0, 1), label(e.devices(), "BOOSTER"));
        assertEquals(new LabelScore("none", 1, 0, 0), label(e.impact(), "none"));
        assertEquals(new LabelScore("harm", 0, 1, 0), label(e.impact(), "harm"));
        assertEquals(new LabelScore("benefit", 0, 0, 1), label(e.impact(), "benefit"));
        assertEquals(0.5, e.impactAccuracy(), 1e-9);
        assertEquals("none (rules only)", e.components().get("frame-model"));
    }

    @Test
    void aBrokenLabelledLineIsReportedWithItsNumber() throws Exception {
        Path file = Files.write(dir.resolve("broken.jsonl"), List.of(
                line("a-1", "a", "Fine.", "none", "", "").replace("\\\"", "\""),
                "",
                "{\"id\":\"a-2\",\"text\":\"Bad.\",\"impact\":\"great\",\"frames\":[]}"));
        AssetFormatException e = assertThrows(AssetFormatException.class, () -> workbench().evaluate(file, null, true));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("field impact"), e.getMessage());
        Path unknown = Files.write(dir.resolve("unknown.jsonl"), List.of(
                "{\"id\":\"a-1\",\"text\":\"Fine.\",\"impact\":\"none\",\"frames\":[\"NOPE\"]}"));
        assertTrue(assertThrows(AssetFormatException.class, () -> workbench().evaluate(unknown, null, true))
                .getMessage().contains("not a code of the codebook"));
    }

    @Test
    void trainingInMemoryLearnsAFrameAndIsReproducible() throws Exception {
        List<String> lines = new ArrayList<>();
        String[] thanks = {"Thank you all for this year.", "We are grateful for your hard work.",
            "Many thanks to every team.", "I appreciate everything you did.", "We are thankful for your care.",
            "Thank you for your patience."};
        String[] other = {"The office opens at nine.", "We are laying off 40 people.", "The report is due on Friday.",
            "We will cut 90 jobs in Leeds.", "Sales grew in Spain.", "The bus leaves at noon."};
        for (int i = 0; i < thanks.length; i++) {
            String memo = "m" + i;
            lines.add(line(memo + "-1", memo, thanks[i], "none", "\"THANKS\"", ""));
            lines.add(line(memo + "-2", memo, other[i], i % 2 == 1 ? "harm" : "none", "", ""));
        }
        Path file = Files.write(dir.resolve("train.jsonl"), lines);
        FrameTrainer.Settings settings = new FrameTrainer.Settings("MAXENT_QN", 1, 50, 0.1, 3);

        TrainingReport first = workbench().train(List.of(file), settings, "tiny-model", dir.resolve("a.bin"));
        TrainingReport second = workbench().train(List.of(file), settings, "tiny-model", dir.resolve("b.bin"));

        assertEquals(12, first.sentences());
        assertEquals(first.fingerprint(), second.fingerprint(), "same data and settings, same model");
        FrameModel model;
        try (InputStream in = Files.newInputStream(dir.resolve("a.bin"))) {
            model = FrameModel.read("a.bin", MemoLensException.Fix.INPUT, in);
        }
        assertEquals(first.fingerprint(), model.fingerprint(), "a model reads back as it was written");
        assertTrue(model.hasImpact(), "with harm and none sentences, an impact model is trained too");
        assertEquals(3, first.impactCrossValidation().size());
        assertEquals(List.of("THANKS"), model.codes(), "MONEY has no positive sentence: rules alone find it");
        assertEquals("MONEY", model.notes().get("rules_only_codes"));
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        model.write(copy);
        assertEquals(model.fingerprint(), FrameModel.read("copy", MemoLensException.Fix.INPUT,
                new ByteArrayInputStream(copy.toByteArray())).fingerprint());

        SentenceFraming framing = new SentenceFraming(
                FrameCodebook.read("tiny.json", MemoLensException.Fix.INPUT, stream(CODEBOOK)),
                EuphemismGlossary.read("g", MemoLensException.Fix.INPUT, stream(GLOSSARY)), model);
        String text = "We are so grateful for your care.";
        List<FrameHit> hits = framing.analyze(text, TestSentences.tokens(text)).frames();
        FrameHit hit = hits.stream().filter(h -> h.code().equals("THANKS")).findFirst()
                .orElseThrow(() -> new AssertionError("the model learnt THANKS: " + hits));
        assertEquals(DetectorSource.MODEL, hit.source(), "no THANKS phrase in the sentence, so the model found it");
        assertTrue(hit.evidence().stream().anyMatch(e -> e.text().toLowerCase().contains("grateful")), hit.toString());
        assertTrue(hits.stream().noneMatch(h -> h.code().equals("MONEY")));
        // Scoring shares one context between codes; it must equal OpenNLP's own categorizer.
        String[] features = framing.features(text, TestSentences.tokens(text));
        opennlp.tools.doccat.DocumentCategorizerME me = new opennlp.tools.doccat.DocumentCategorizerME(model.doccat("THANKS"));
        assertEquals(me.categorize(features)[me.getIndex("yes")], model.probability("THANKS", features), 1e-12);
        assertNotEquals("", model.notes().get("cv_micro_f1"));
    }

    @Test
    void trainingLearnsAnAgentlessSpanModelThatReadsBackAndIsReproducible() throws Exception {
        String[] agentless = {"Forty roles will be eliminated in May.", "Jobs in the depot will be cut next year.",
            "Twelve positions will be removed from the plan.", "The Leeds office will be closed in June.",
            "Many roles were eliminated last spring.", "Shifts will be cut at the plant."};
        String[] spans = {"Forty roles will be eliminated", "Jobs in the depot will be cut",
            "Twelve positions will be removed", "The Leeds office will be closed", "Many roles were eliminated",
            "Shifts will be cut"};
        // Passives that harm nobody: candidates the span model must learn to leave out.
        String[] agent = {"The report will be published in May.", "Lunch will be served in the depot at noon.",
            "The new plan will be presented on Friday.", "The Leeds office will be painted in June.",
            "Many awards were given last spring.", "Coffee will be provided at the plant."};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < agentless.length; i++) {
            String memo = "m" + i;
            lines.add(line(memo + "-1", memo, agentless[i], "harm", "",
                    "{\"type\":\"AGENTLESS_HARM\",\"text\":\"" + spans[i] + "\"}"));
            lines.add(line(memo + "-2", memo, agent[i], "none", "", ""));
            // a frame code to learn too: a model file always holds at least one
            lines.add(line(memo + "-3", memo, i % 2 == 0 ? "Thank you all for this year." : "Sales grew in Spain.", "none",
                    i % 2 == 0 ? "\"THANKS\"" : "", ""));
        }
        Path file = Files.write(dir.resolve("agentless.jsonl"), lines);
        FrameTrainer.Settings settings = new FrameTrainer.Settings("MAXENT_QN", 1, 50, 0.1, 3);

        TrainingReport first = workbench().train(List.of(file), settings, "tiny-agentless", dir.resolve("a.bin"));
        TrainingReport second = workbench().train(List.of(file), settings, "tiny-agentless", dir.resolve("b.bin"));

        assertEquals(first.fingerprint(), second.fingerprint(), "same data and settings, same span model");
        assertEquals(List.of("AGENTLESS_HARM"), first.deviceCrossValidation().stream().map(LabelScore::label).toList());
        FrameModel model;
        try (InputStream in = Files.newInputStream(dir.resolve("a.bin"))) {
            model = FrameModel.read("a.bin", MemoLensException.Fix.INPUT, in);
        }
        assertEquals(first.fingerprint(), model.fingerprint(), "the span model reads back as it was written");
        DeviceSpanModel span = model.device(org.memolens.domain.DeviceType.AGENTLESS_HARM);
        org.junit.jupiter.api.Assertions.assertNotNull(span);
        assertTrue(span.threshold() >= 0.1 && span.threshold() <= 0.9, "threshold from cross-validation");
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithItsName() throws Exception {
        Path labelled = Files.write(dir.resolve("one.jsonl"), List.of(line("a-1", "a", "Fine.", "none", "", "")));
        Path notAModel = Files.writeString(dir.resolve("x.bin"), "hello");
        AssetFormatException e = assertThrows(AssetFormatException.class,
                () -> workbench().evaluate(labelled, notAModel, false));
        assertEquals(MemoLensException.Fix.INPUT, e.fix());
        assertTrue(e.getMessage().startsWith(notAModel.toString()), e.getMessage());
    }
}
