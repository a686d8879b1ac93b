package org.memolens.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.memolens.domain.Codebook;

import org.memolens.export.SafeZip;
import org.memolens.ingest.MemoFileReader;
import org.memolens.nlp.FrameModelTrainer;
import org.memolens.nlp.MemoAnalyzer;
import org.memolens.nlp.framing.ShippedFraming;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.Database;
import org.memolens.store.LibraryRepository;
import org.memolens.store.MemoRepository;
import org.memolens.store.SqliteAnalysisRepository;
import org.memolens.store.SqliteLibraryRepository;
import org.memolens.store.SqliteCodebookRepository;
import org.memolens.store.SqliteCoderRepository;
import org.memolens.store.SqliteCodingRepository;
import org.memolens.store.SqliteCorpusRepository;
import org.memolens.store.SqliteMemoRepository;
import org.memolens.store.SqliteUserModelRepository;

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
    // research workflow (issue 6)
    private final ManageCodebook manageCodebook;
    private final ManageCoders coders;
    private final CodingSession codingSession;
    private final FrameSuggestions frameSuggestions;
    private final ComputeAgreement agreement;
    private final ExchangeQdpx qdpx;
    private final ExportCodings exportCodings;
    private final TrainFrameModel trainFrameModel;
    private final UserModels userModels;
    private final AnalyzeCorpus analyzeCorpus;
    private final ExportAnalyses exportAnalyses;

    private MemoLensCore(Database database, MemoAnalyzer analyzer, Clock clock) {
        this.database = database;
        // The frame codebook and euphemism glossary are read now, so a broken one is reported at start-up.
        Codebook frames = ShippedFraming.codebook().codebook();
        this.codebook = () -> frames;
        MemoRepository memos = new SqliteMemoRepository(database, clock);
        AnalysisRepository analyses = new SqliteAnalysisRepository(database);
        MemoFileReader reader = new MemoFileReader();
        LibraryRepository library = new SqliteLibraryRepository(database);
        this.importMemos = new ImportMemos(reader, memos);
        this.analyzeMemos = new AnalyzeMemos(analyzer, analyses);
        this.browseLibrary = new BrowseLibrary(memos, analyses, library);
        this.organizeLibrary = new OrganizeLibrary(memos, library, clock);
        this.compareMemos = new CompareMemos(memos, analyses, analyzeMemos, this.codebook);
        this.exportReports = new ExportReports(this.codebook, clock);
        this.analyzeCorpus = new AnalyzeCorpus(reader, analyzer, new SqliteCorpusRepository(database, clock), memos,
                analyses);

        SqliteCodingRepository codings = new SqliteCodingRepository(database, clock);
        SqliteCoderRepository coderRepository = new SqliteCoderRepository(database, clock);
        SqliteUserModelRepository modelRegistry = new SqliteUserModelRepository(database);
        MemoSentences sentences = new MemoSentences(analyses, analyzer.pipeline());
        this.manageCodebook = new ManageCodebook(new SqliteCodebookRepository(database, clock), () -> Optional.of(frames));
        this.coders = new ManageCoders(coderRepository);
        this.codingSession = new CodingSession(memos, codings, coders, manageCodebook, clock);
        this.frameSuggestions = new FrameSuggestions(analyses, codings, manageCodebook);
        this.agreement = new ComputeAgreement(memos, codings, analyses, coders, manageCodebook, sentences);
        this.qdpx = new ExchangeQdpx(database, memos, codings, coderRepository, manageCodebook, clock, SafeZip.Limits.DEFAULT);
        this.exportCodings = new ExportCodings(memos, codings, coders, manageCodebook, sentences);
        this.exportAnalyses = new ExportAnalyses(memos, analyses, exportCodings);
        this.trainFrameModel = new TrainFrameModel(memos, codings, coders, manageCodebook, sentences, modelRegistry,
                database.file().getParent().resolve("models"), clock, FrameModelTrainer.Settings.DEFAULT);
        this.userModels = new UserModels(modelRegistry);
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
        return open(dbFile, true);
    }

    /**
     * As {@link #open(Path)}, but no model is read until an analysis needs it: for commands that
     * manage the library, codebook, coders or exports and should not spend a core loading models.
     */
    public static MemoLensCore openWithoutPreloading(Path dbFile) {
        return open(dbFile, false);
    }

    private static MemoLensCore open(Path dbFile, boolean preload) {
        // A cold start is three independent jobs: SQLite opens (and migrates) on its own thread, the
        // models load on the loader threads, and this thread reads the codebook and glossary.
        CompletableFuture<Database> database = CompletableFuture.supplyAsync(() -> Database.open(dbFile),
                runnable -> daemon("memolens-database-open", runnable).start());
        MemoAnalyzer analyzer;
        try {
            analyzer = MemoAnalyzer.withShippedModels(preload);
        } catch (RuntimeException e) {
            database.thenAccept(Database::close); // a broken installation leaves no connection open
            throw e;
        }
        return new MemoLensCore(opened(database), analyzer, Clock.systemUTC());
    }

    private static Thread daemon(String name, Runnable runnable) {
        Thread t = new Thread(runnable, name);
        t.setDaemon(true);
        return t;
    }

    private static Database opened(CompletableFuture<Database> database) {
        try {
            return database.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** As {@link #open(Path)} with a given analyzer and clock (tests share one analyzer per JVM). */
    public static MemoLensCore open(Path dbFile, MemoAnalyzer analyzer, Clock clock) {
        return new MemoLensCore(Database.open(dbFile), analyzer, clock);
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

    /** The project's own codebook: edit, version, import and export (CSV, REFI-QDA .qdc). */
    public ManageCodebook manageCodebook() {
        return manageCodebook;
    }

    /** Coders and the active coder. */
    public ManageCoders manageCoders() {
        return coders;
    }

    /** Coding with undo and redo; one session (one undo history) per core. */
    public CodingSession codingSession() {
        return codingSession;
    }

    /** The machine's frames as suggestions for a coder. */
    public FrameSuggestions frameSuggestions() {
        return frameSuggestions;
    }

    public ComputeAgreement computeAgreement() {
        return agreement;
    }

    /** REFI-QDA project exchange (.qdpx). */
    public ExchangeQdpx exchangeQdpx() {
        return qdpx;
    }

    /** Codings as CSV. */
    public ExportCodings exportCodings() {
        return exportCodings;
    }

    public TrainFrameModel trainFrameModel() {
        return trainFrameModel;
    }

    /** The frame models to choose from for analysis. */
    public UserModels userModels() {
        return userModels;
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
