package org.memolens.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import org.memolens.domain.Codebook;

import org.memolens.ingest.MemoFileReader;
import org.memolens.nlp.MemoAnalyzer;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.Database;
import org.memolens.store.LibraryRepository;
import org.memolens.store.MemoRepository;
import org.memolens.store.SqliteAnalysisRepository;
import org.memolens.store.SqliteLibraryRepository;
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
    private final OrganizeLibrary organizeLibrary;
    private final CompareMemos compareMemos;
    private final ExportReports exportReports;
    private final Supplier<Codebook> codebook;

    private MemoLensCore(Database database, MemoAnalyzer analyzer, Clock clock) {
        this.database = database;
        // TEMPORARY: replaced by the shipped codebook asset's loader when issue 4 is merged.
        Codebook frames = TemporaryCodebook.create();
        this.codebook = () -> frames;
        MemoRepository memos = new SqliteMemoRepository(database, clock);
        AnalysisRepository analyses = new SqliteAnalysisRepository(database);
        LibraryRepository library = new SqliteLibraryRepository(database);
        this.importMemos = new ImportMemos(new MemoFileReader(), memos);
        this.analyzeMemos = new AnalyzeMemos(analyzer, analyses);
        this.browseLibrary = new BrowseLibrary(memos, analyses, library);
        this.organizeLibrary = new OrganizeLibrary(memos, library, clock);
        this.compareMemos = new CompareMemos(memos, analyses, analyzeMemos, codebook);
        this.exportReports = new ExportReports(codebook, clock);
    }

    /** {@code $MEMOLENS_DB} if set in {@code environment}, else {@code ~/.memolens/memolens.db}. */
    public static Path defaultDatabaseFile(Map<String, String> environment, String userHome) {
        return Database.defaultFile(environment, userHome);
    }

    /** Opens (creating and upgrading if needed) the database at {@code dbFile}; models load lazily. */
    public static MemoLensCore open(Path dbFile) {
        return new MemoLensCore(Database.open(dbFile), MemoAnalyzer.withShippedModels(), Clock.systemUTC());
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

    public OrganizeLibrary organizeLibrary() {
        return organizeLibrary;
    }

    public CompareMemos compareMemos() {
        return compareMemos;
    }

    public ExportReports exportReports() {
        return exportReports;
    }

    /** The frame codebook: names and colours of frame codes. */
    public Supplier<Codebook> codebook() {
        return codebook;
    }

    @Override
    public void close() {
        database.close();
    }
}
