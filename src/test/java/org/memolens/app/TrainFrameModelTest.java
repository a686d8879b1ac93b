package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.CodeScore;
import org.memolens.domain.Coder;
import org.memolens.domain.FrameHit;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.ModelChoice;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.UserModel;
import org.memolens.nlp.UserFrameModel;

class TrainFrameModelTest {

    static final List<String> COST = List.of("We must cut costs across every team.", "Our budget savings will fund growth.",
            "Lower costs keep the budget healthy.", "These savings reduce our operating costs.",
            "The budget needs deeper savings this year.", "Cutting costs protects the budget.");
    static final List<String> CUSTOMER = List.of("Customers expect faster service from us.", "Every client deserves our best work.",
            "We listen to customers and clients daily.", "Our customers trust the service we give.",
            "A client called to praise the service.", "Customers and clients come first here.");
    static final List<String> OTHER = List.of("The meeting starts at noon.", "Please read the attached note.",
            "Parking rules change next week.", "The cafeteria opens early on Monday.", "Thank you for reading.",
            "Questions go to the help desk.");

    @TempDir
    Path dir;

    ResearchFixture fx;
    Coder ann;
    List<Memo> memos = new ArrayList<>();

    @BeforeEach
    void open() {
        fx = new ResearchFixture(dir);
        fx.codes("COST_FRAME", "CUSTOMER_FRAME");
        ann = fx.core.manageCoders().add("Ann");
        for (int m = 0; m < 3; m++) {
            StringBuilder text = new StringBuilder();
            for (int i = m * 2; i < m * 2 + 2; i++) {
                text.append(COST.get(i)).append(' ').append(OTHER.get(i)).append(' ').append(CUSTOMER.get(i)).append(' ');
            }
            Memo memo = fx.memo("Memo " + m, text.toString());
            memos.add(memo);
            for (int i = m * 2; i < m * 2 + 2; i++) {
                fx.core.codingSession().addAs(ann.id(), memo.id(), "COST_FRAME", ResearchFixture.span(memo.text(), COST.get(i)), "");
                fx.core.codingSession().addAs(ann.id(), memo.id(), "CUSTOMER_FRAME",
                        ResearchFixture.span(memo.text(), CUSTOMER.get(i)), "");
            }
        }
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aModelTrainedOnCodingsReportsCrossValidatedF1AndReproducesItsTrainingCodes() {
        TrainFrameModel.Report report = fx.core.trainFrameModel().train(List.of("Ann"), "cuts-study", Progress.NONE);

        UserModel model = report.model();
        assertEquals(18, model.sentences());
        assertEquals(5, model.folds());
        assertEquals(3, report.memos());
        assertEquals(List.of("Ann"), model.coders());
        assertEquals(List.of("COST_FRAME", "CUSTOMER_FRAME"), model.scores().stream().map(CodeScore::code).toList());
        for (CodeScore score : model.scores()) {
            assertEquals(6, score.support());
            assertTrue(score.f1() > 0.5, score.toString());
        }
        assertEquals(dir.resolve("models").resolve("cuts-study.frame-model.zip"), model.file());
        assertTrue(Files.isRegularFile(model.file()));
        assertEquals(List.of(model), fx.core.userModels().list(), "registered, scores included");

        UserFrameModel loaded = UserFrameModel.read(model.file(), model.sha256());
        for (String s : COST) {
            assertEquals(List.of("COST_FRAME"), loaded.predict(s), s);
        }
        for (String s : CUSTOMER) {
            assertEquals(List.of("CUSTOMER_FRAME"), loaded.predict(s), s);
        }
        for (String s : OTHER) {
            assertEquals(List.of(), loaded.predict(s), s);
        }
    }

    @Test
    void trainingIsReproducible() {
        UserModel one = fx.core.trainFrameModel().train(List.of("Ann"), "one", Progress.NONE).model();
        UserModel two = fx.core.trainFrameModel().train(List.of("Ann"), "two", Progress.NONE).model();
        assertEquals(one.scores(), two.scores(), "same sentences, same seed, same scores");
        UserFrameModel a = UserFrameModel.read(one.file(), one.sha256());
        UserFrameModel b = UserFrameModel.read(two.file(), two.sha256());
        for (String s : List.of(COST.get(0), CUSTOMER.get(1), OTHER.get(2), "Something else entirely.")) {
            assertEquals(a.probabilities(s), b.probabilities(s), s);
        }
    }

    @Test
    void theChosenModelAnalysesAMemoAndTheRunRecordsIt() {
        UserModel model = fx.core.trainFrameModel().train(List.of("Ann"), "cuts-study", Progress.NONE).model();
        ModelChoice choice = fx.core.userModels().choice("cuts-study");
        Memo memo = fx.memo("New", "Savings will cut the budget again. Customers get a new service desk. Lunch is at one.");

        MemoAnalysis analysis = fx.core.analyzeMemos().analyze(memo, choice);

        assertEquals("user:cuts-study sha256:" + model.sha256().substring(0, 12),
                analysis.run().components().get(ModelChoice.COMPONENT));
        assertEquals(analysis.run().components(),
                fx.core.browseLibrary().open(memo.id()).orElseThrow().analysis().orElseThrow().run().components(),
                "the stored run names the model");
        List<Set<String>> frames = new ArrayList<>();
        for (SentenceAnalysis s : analysis.sentences()) {
            Set<String> codes = new TreeSet<>();
            s.frames().forEach(f -> codes.add(f.code()));
            frames.add(codes);
        }
        assertEquals(List.of(Set.of("COST_FRAME"), Set.of("CUSTOMER_FRAME"), Set.of()), frames);
        FrameHit hit = analysis.sentences().get(0).frames().get(0);
        assertTrue(hit.evidence().stream().anyMatch(e -> Set.of("Savings", "budget").contains(e.text())), hit.toString());

        MemoAnalysis shipped = fx.core.analyzeMemos().analyze(memo);
        assertEquals("shipped", shipped.run().components().get(ModelChoice.COMPONENT));
    }

    @Test
    void aNameInUseOrAnUnsafeNameIsRefusedAndNothingIsOverwritten() throws Exception {
        UserModel first = fx.core.trainFrameModel().train(List.of("Ann"), "study", Progress.NONE).model();
        byte[] before = Files.readAllBytes(first.file());
        assertThrows(InvalidInputException.class, () -> fx.core.trainFrameModel().train(List.of("Ann"), "study", Progress.NONE));
        assertThrows(InvalidInputException.class, () -> fx.core.trainFrameModel().train(List.of("Ann"), "../evil", Progress.NONE));
        assertThrows(InvalidInputException.class, () -> fx.core.trainFrameModel().train(List.of("Ann"), "shipped", Progress.NONE));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first.file())));
        assertEquals(1, fx.core.userModels().list().size());
    }

    @Test
    void tooFewCodedSentencesAreRefusedAndNothingIsStored() {
        Coder bob = fx.core.manageCoders().add("Bob");
        fx.core.codingSession().addAs(bob.id(), memos.get(0).id(), "COST_FRAME",
                ResearchFixture.span(memos.get(0).text(), COST.get(0)), "");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> fx.core.trainFrameModel().train(List.of("Bob"), "tiny", Progress.NONE));
        assertTrue(e.getMessage().contains("COST_FRAME 1 of 6 sentences"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("models").resolve("tiny.frame-model.zip")));
        assertTrue(fx.core.userModels().list().isEmpty());
    }

    @Test
    void aModelFileChangedAfterTrainingIsRefused() throws Exception {
        UserModel model = fx.core.trainFrameModel().train(List.of("Ann"), "study", Progress.NONE).model();
        Files.write(model.file(), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        Memo memo = memos.get(0);
        ModelChoice choice = fx.core.userModels().choice("study");
        var e = assertThrows(org.memolens.domain.MemoLensException.class, () -> fx.core.analyzeMemos().analyze(memo, choice));
        assertTrue(e.getMessage().contains("has changed since it was trained"), e.getMessage());
    }
}
