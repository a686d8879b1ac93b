package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;
import org.memolens.nlp.SharedModels;
import org.memolens.store.Database;
import org.memolens.store.SqliteAnalysisRepository;
import org.memolens.store.SqliteMemoRepository;

class AnalyzeMemosTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteMemoRepository memos;
    private SqliteAnalysisRepository analyses;
    private AnalyzeMemos analyze;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("lib.db"));
        memos = new SqliteMemoRepository(db, Clock.systemUTC());
        analyses = new SqliteAnalysisRepository(db);
        analyze = new AnalyzeMemos(SharedModels.analyzer(), analyses);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEnglishMemoIsAnalysedStoredAndReloadedWithTheModelVersionsUsed() {
        Memo memo = memos.add(new NewMemo(MemoMetadata.titled("Update"),
                "We are reducing the number of roles in our corporate teams. This is a hard decision. "
                        + "Affected employees will hear from their managers today.")).memo();
        MemoAnalysis result = analyze.analyze(memo);
        assertTrue(result.analysed());
        assertEquals(3, result.sentences().size());
        MemoAnalysis stored = analyses.latest(memo.id()).orElseThrow();
        assertEquals(result.run(), stored.run());
        assertEquals(result.sentences().stream().map(s -> s.span()).toList(),
                stored.sentences().stream().map(s -> s.span()).toList());
        assertEquals("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", stored.run().components().get("pos"));
        assertTrue(stored.run().components().containsKey("pipeline"));
    }

    @Test
    void aFrenchMemoIsStoredAndFlaggedButNotAnalysedWithEnglishModels() {
        Memo memo = memos.add(new NewMemo(MemoMetadata.titled("Note"),
                "Chers collègues, nous devons annoncer une réorganisation importante de nos équipes cette année. "
                        + "Nous vous remercions pour votre engagement.")).memo();
        MemoAnalysis result = analyze.analyze(memo);
        assertFalse(result.analysed());
        assertEquals("fra", result.language().code());
        assertTrue(result.sentences().isEmpty());
        assertEquals("fra", analyses.latest(memo.id()).orElseThrow().language().code());
    }
}
