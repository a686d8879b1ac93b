package org.memolens.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.memolens.ingest.MemoFileReader;
import org.memolens.nlp.MemoAnalyzer;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.Database;
import org.memolens.store.MemoRepository;
import org.memolens.store.SqliteAnalysisRepository;
import org.memolens.store.SqliteCorpusRepository;
import org.memolens.store.SqliteMemoRepository;

/**
 * The core of MemoLens wired by hand: one database, its repositories, the analyzer and the use
 * cases. The GUI and the CLI each build one; nothing here is static or global.
 */
public final class MemoLensCore implements AutoCloseable {

    private final Database database;
    private final ImportMemos importMemos;
    private final AnalyzeMemos analyzeMemos;
    private final BrowseLibrary browseLibrary;
    private final AnalyzeCorpus analyzeCorpus;
    private final ExportAnalyses exportAnalyses;

    private MemoLensCore(Database database, MemoAnalyzer analyzer, Clock clock) {
        this.database = database;
        MemoRepository memos = new SqliteMemoRepository(database, clock);
        AnalysisRepository analyses = new SqliteAnalysisRepository(database);
        MemoFileReader reader = new MemoFileReader();
        this.importMemos = new ImportMemos(reader, memos);
        this.analyzeMemos = new AnalyzeMemos(analyzer, analyses);
        this.browseLibrary = new BrowseLibrary(memos, analyses);
        this.analyzeCorpus = new AnalyzeCorpus(reader, analyzer, new SqliteCorpusRepository(database, clock), memos,
                analyses);
        this.exportAnalyses = new ExportAnalyses(memos, analyses);
    }

    /** {@code $MEMOLENS_DB} if set in {@code environment}, else {@code ~/.memolens/memolens.db}. */
    public static Path defaultDatabaseFile(Map<String, String> environment, String userHome) {
        return Database.defaultFile(environment, userHome);
    }

    /** Opens (creating and upgrading if needed) the database at {@code dbFile}; models load lazily. */
    public static MemoLensCore open(Path dbFile) {
        // Models start loading first, so that they load while SQLite opens (a third of a cold start).
        MemoAnalyzer analyzer = MemoAnalyzer.withShippedModels();
        return new MemoLensCore(Database.open(dbFile), analyzer, Clock.systemUTC());
    }

    public Path databaseFile() {
        return database.file();
    }

    public ImportMemos importMemos() {
        return importMemos;
    }

    public AnalyzeMemos analyzeMemos() {
        return analyzeMemos;
    }

    public BrowseLibrary browseLibrary() {
        return browseLibrary;
    }

    public AnalyzeCorpus analyzeCorpus() {
        return analyzeCorpus;
    }

    public ExportAnalyses exportAnalyses() {
        return exportAnalyses;
    }

    @Override
    public void close() {
        database.close();
    }
}
