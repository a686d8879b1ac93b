package org.memolens.ui.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.Test;

import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.ui.HandBuilt;
import org.memolens.ui.memo.LoadedMemo;

class ReadingViewModelTest {

    @Test
    void harmComesFirstWithGlossesEuphemismsAndHiddenAgentsArePointedOut() {
        SimpleObjectProperty<LoadedMemo> memo = new SimpleObjectProperty<>();
        ReadingViewModel model = new ReadingViewModel(memo);
        memo.set(LoadedMemo.of(HandBuilt.memo(1), HandBuilt.analysis(1)));

        assertEquals("This memo announces harm for staff in 1 sentence(s); 1 of them are worded to sound positive or "
                + "neutral.", model.headlineProperty().get());
        assertEquals(List.of("Regrettably, 200 roles will be eliminated [who decided?] as part of a workforce "
                + "optimization [means: job cuts]."), model.harm());
        assertEquals(List.of("“workforce optimization” means: job cuts"), model.euphemisms());
        assertEquals(1, model.hiddenAgents().size());
        assertTrue(model.hiddenAgents().get(0).startsWith("“roles will be eliminated” — who decided?"));
        assertTrue(model.plainTextProperty().get().contains("workforce optimization [means: job cuts]"));
        assertEquals("", model.noticeProperty().get());
    }

    @Test
    void withoutImpactResultsItSaysSoAndShowsTheText() {
        SimpleObjectProperty<LoadedMemo> memo = new SimpleObjectProperty<>();
        ReadingViewModel model = new ReadingViewModel(memo);
        List<SentenceAnalysis> plain = HandBuilt.sentences().stream()
                .map(s -> new SentenceAnalysis(s.index(), s.start(), s.end(), s.tokenCount(), List.of())).toList();
        memo.set(LoadedMemo.of(HandBuilt.memo(1), new MemoAnalysis(HandBuilt.analysis(1).run(), plain)));
        assertTrue(model.noticeProperty().get().contains("no workforce-impact"));
        assertTrue(model.harm().isEmpty());
        assertEquals(HandBuilt.TEXT, model.plainTextProperty().get());
        memo.set(null);
        assertTrue(model.headlineProperty().get().startsWith("Select a memo"));
    }
}
