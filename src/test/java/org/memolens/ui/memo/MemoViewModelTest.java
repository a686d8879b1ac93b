package org.memolens.ui.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.memolens.app.DirectTaskRunner;
import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.ToneLabel;
import org.memolens.ui.HandBuilt;

/** The memo view model on a hand-built analysis with every layer, without a window. */
class MemoViewModelTest {

    private static final Codebook CODEBOOK = new Codebook("t", 1, List.of(
            new Code("EFFICIENCY", "efficiency and cost", "", "#1f77b4", null, List.of()),
            new Code("ACCOUNTABILITY", "leader takes responsibility", "", "#bcbd22", null, List.of())));

    private final List<String> errors = new ArrayList<>();
    private MemoViewModel model;

    @BeforeEach
    void show() {
        model = new MemoViewModel(null, null, () -> CODEBOOK, new DirectTaskRunner(), (t, m) -> errors.add(m));
        model.display(HandBuilt.memo(7), HandBuilt.analysis(7));
    }

    @Test
    void sentencesCarryToneImpactFramesAndDevices() {
        assertEquals(4, model.sentences().size());
        SentenceRow harm = model.sentences().get(1);
        assertEquals(ToneLabel.NEUTRAL, harm.tone());
        assertTrue(harm.harm() && harm.gap());
        assertEquals(List.of("EFFICIENCY"), harm.frames());
        assertEquals(2, harm.devices().size());
        assertEquals("Hand-built memo", model.titleProperty().get());
        assertTrue(model.detailsProperty().get().contains("Test CEO"));
    }

    @Test
    void figuresAndChartsComeFromTheMemoMetrics() {
        assertTrue(model.figures().contains(new MemoViewModel.Figure("Mean tone (−1 to 1)", "+0.13")), model.figures().toString());
        assertTrue(model.figures().contains(new MemoViewModel.Figure("Gap index", "100%")));
        assertEquals(4, model.toneArc().size());
        assertEquals("efficiency and cost", model.frameShares().stream().filter(f -> f.code().equals("EFFICIENCY"))
                .findFirst().orElseThrow().name());
        assertEquals("OPPORTUNITY", model.frameShares().stream().filter(f -> f.code().equals("OPPORTUNITY"))
                .findFirst().orElseThrow().name(), "a code the codebook lacks keeps its code as name");
        assertEquals("1", model.deviceCounts().get(0).value(), "one euphemism");
    }

    @Test
    void selectingASentenceShowsItsEvidenceAndHoveringTakesPrecedence() {
        assertNull(model.evidenceProperty().get());
        int inSecond = HandBuilt.TEXT.indexOf("workforce");
        model.selectAt(inSecond);
        SentenceEvidence e = model.evidenceProperty().get();
        assertEquals(2, e.number());
        assertTrue(e.tone().startsWith("Tone: neutral (+0.00"), e.tone());
        assertTrue(e.impact().contains("harm") && e.impact().contains("“roles will be eliminated”"), e.impact());
        assertTrue(e.devices().contains("Euphemism: “workforce optimization” means: job cuts"), e.devices().toString());
        assertFalse(e.gap().isEmpty());
        assertEquals("efficiency and cost", e.frames().get(0).name());

        model.hoverAt(HandBuilt.TEXT.indexOf("failed"));
        assertEquals(3, model.evidenceProperty().get().number());
        assertEquals(List.of("“failed”  -0.50", "“difficult”  -0.30"), model.evidenceProperty().get().toneWords());
        model.hoverAt(-1);
        assertEquals(2, model.evidenceProperty().get().number());
    }

    @Test
    void jumpKeysMoveToTheNextNegativeHarmOrSugarCoatedSentence() {
        assertTrue(model.jump(Jump.NEGATIVE, true));
        assertEquals(2, model.selectedIndexProperty().get());
        assertFalse(model.jump(Jump.NEGATIVE, true));
        assertTrue(model.statusProperty().get().contains("No further negative"));
        assertTrue(model.jump(Jump.GAP, false));
        assertEquals(1, model.selectedIndexProperty().get());
        assertTrue(model.jump(Jump.HARM, true) == false && model.selectedIndexProperty().get() == 1);
        model.selectedIndexProperty().set(-1);
        assertTrue(model.jump(Jump.HARM, true));
        assertEquals(1, model.selectedIndexProperty().get());
    }

    @Test
    void aMemoWithoutLayersSaysThereIsNothingToJumpTo() {
        model.display(HandBuilt.memo(8), new org.memolens.domain.MemoAnalysis(HandBuilt.analysis(8).run(),
                HandBuilt.sentences().stream().map(s -> new org.memolens.domain.SentenceAnalysis(s.index(), s.start(),
                        s.end(), s.tokenCount(), List.of())).toList()));
        assertFalse(model.jump(Jump.GAP, true));
        assertTrue(model.statusProperty().get().startsWith("No sugar-coated sentence"), model.statusProperty().get());
        assertEquals(List.of("Words", "Sentences", "Reading grade (Flesch-Kincaid)"),
                model.figures().stream().map(MemoViewModel.Figure::label).toList());
        assertTrue(model.deviceCounts().isEmpty());
    }
}
