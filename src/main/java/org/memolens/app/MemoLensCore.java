package org.memolens.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.memolens.domain.Codebook;
import org.memolens.ingest.MemoFileReader;
import org.memolens.nlp.MemoAnalyzer;
import org.memolens.nlp.framing.ShippedFraming;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.Database;
import org.memolens.store.MemoRepository;
import org.memolens.store.SqliteAnalysisRepository;
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
    private final Codebook codebook;

    private MemoLensCore(Database database, MemoAnalyzer analyzer, Codebook codebook, Clock clock) {
        this.database = database;
        this.codebook = codebook;
        MemoRepository memos = new SqliteMemoRepository(database, clock);
        AnalysisRepository analyses = new SqliteAnalysisRepository(database);
        this.importMemos = new ImportMemos(new MemoFileReader(), memos);
        this.analyzeMemos = new AnalyzeMemos(analyzer, analyses);
        this.browseLibrary = new BrowseLibrary(memos, analyses);
    }

    /** {@code $MEMOLENS_DB} if set in {@code environment}, else {@code ~/.memolens/memolens.db}. */
    public static Path defaultDatabaseFile(Map<String, String> environment, String userHome) {
        return Database.defaultFile(environment, userHome);
    }

    /**
     * Opens (creating and upgrading if needed) the database at {@code dbFile}; models load lazily.
     * The frame codebook and euphemism glossary are read now, so a broken one is reported at start-up.
     */
    public static MemoLensCore open(Path dbFile) {
        MemoAnalyzer analyzer = MemoAnalyzer.withShippedModels();
        Codebook codebook = ShippedFraming.codebook().codebook();
        return new MemoLensCore(Database.open(dbFile), analyzer, codebook, Clock.systemUTC());
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

    /** The shipped frame codebook: codes with names, definitions and display colours. */
    public Codebook codebook() {
        return codebook;
    }

    @Override
    public void close() {
        database.close();
    }
}
