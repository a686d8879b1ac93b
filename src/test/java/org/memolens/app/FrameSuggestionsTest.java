package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.CodeSuggestion;
import org.memolens.domain.Coder;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;

class FrameSuggestionsTest {

    static final String TEXT = "We must cut costs now. Customers deserve better. Thank you all.";

    @TempDir
    Path dir;

    ResearchFixture fx;
    Memo memo;
    Coder ann;
    Coder bob;
    MemoAnalysis analysis;

    @BeforeEach
    void open() {
        fx = new ResearchFixture(dir);
        fx.codes("COST_FRAME", "CUSTOMER_FRAME");
        memo = fx.memo("Memo", TEXT);
        ann = fx.core.manageCoders().add("Ann");
        bob = fx.core.manageCoders().add("Bob");
        Map<String, String> frames = new LinkedHashMap<>();
        frames.put("We must cut costs now.", "COST_FRAME");
        frames.put("Customers deserve better.", "CUSTOMER_FRAME");
        frames.put("Thank you all.", "NOT_IN_THE_CODEBOOK");
        analysis = ResearchFixture.analysisWithFrames(memo, frames);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void framesInTheCodebookAreSuggestedInTextOrder() {
        List<CodeSuggestion> offered = fx.core.frameSuggestions().forAnalysis(analysis, ann.id());
        assertEquals(List.of("COST_FRAME", "CUSTOMER_FRAME"), offered.stream().map(CodeSuggestion::code).toList());
        assertEquals("We must cut costs now.", offered.get(0).span().of(TEXT));
    }

    @Test
    void aSentenceTheCoderAlreadyCodedWithTheFrameIsNotSuggestedToThemButStillToOthers() {
        fx.core.codingSession().addAs(ann.id(), memo.id(), "COST_FRAME", ResearchFixture.span(TEXT, "cut costs"), "");
        assertEquals(List.of("CUSTOMER_FRAME"), fx.core.frameSuggestions().forAnalysis(analysis, ann.id()).stream()
                .map(CodeSuggestion::code).toList());
        assertEquals(2, fx.core.frameSuggestions().forAnalysis(analysis, bob.id()).size());
    }

    @Test
    void acceptingASuggestionTakesItOffTheList() {
        CodeSuggestion first = fx.core.frameSuggestions().forAnalysis(analysis, ann.id()).get(0);
        fx.core.codingSession().acceptAs(ann.id(), first);
        assertEquals(1, fx.core.frameSuggestions().forAnalysis(analysis, ann.id()).size());
        fx.core.codingSession().rejectAs(ann.id(), fx.core.frameSuggestions().forAnalysis(analysis, ann.id()).get(0));
        assertTrue(fx.core.frameSuggestions().forAnalysis(analysis, ann.id()).isEmpty());
    }

    @Test
    void aMemoWithoutAnAnalysisHasNoSuggestions() {
        assertTrue(fx.core.frameSuggestions().forMemo(memo.id(), ann.id()).isEmpty());
    }
}
