package org.memolens.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Supplier;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The MemoLens SQLite file: created on first use, upgraded by {@link Migrations} on open, in WAL
 * mode with foreign keys on and a busy timeout.
 *
 * <p>Thread-safe. All work goes through one connection, one unit at a time, so a write never
 * interleaves with another; other processes may read the file meanwhile (WAL).
 */
public final class Database implements AutoCloseable {

    public static final String ENV_VARIABLE = "MEMOLENS_DB";
    static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    // guarded by this: >0 while a write runs, so a nested write joins it
    private int transactionDepth;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** {@code $MEMOLENS_DB} if set, else {@code ~/.memolens/memolens.db}. */
    public static Path defaultFile(Map<String, String> environment, String userHome) {
        String fromEnv = environment.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(userHome, ".memolens", "memolens.db");
    }

    /** Opens (creating if needed) and upgrades the database at {@code file}. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        checkLocation(absolute);
        SqliteNativeLibrary.useCachedCopy(Path.of(System.getProperty("user.home")));
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + absolute);
            // Refuse a file from a newer MemoLens before anything (even the journal mode) is written to it.
            Migrations.checkNotNewer(connection, describe(absolute));
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
            Migrations.migrate(connection, describe(absolute));
            return new Database(absolute, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate(absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read(Migrations::userVersion);
    }

    /** Runs read-only work on the shared connection. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /**
     * Runs work in one transaction: all of it is stored, or, on any failure, none of it. Called
     * inside another write on the same thread (see {@link #transaction}), the work joins the
     * enclosing transaction instead of committing on its own.
     */
    public synchronized <T> T write(SqlWork<T> work) {
        try {
            if (transactionDepth > 0) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            transactionDepth++;
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                transactionDepth--;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /**
     * Runs work that calls several repositories as one transaction: every write inside it is
     * stored, or, if the work throws, none is. Other threads wait until it ends.
     */
    public synchronized <T> T transaction(Supplier<T> work) {
        return write(c -> work.get());
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    /** A unit of JDBC work; the only place a {@link Connection} is seen. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static void checkLocation(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a database file. Give a file path with --db or "
                    + ENV_VARIABLE + ".");
        }
        Path parent = file.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + file + " (" + e.getMessage()
                    + "). Choose a writable location with --db or " + ENV_VARIABLE + ".", e);
        }
        boolean writable = Files.exists(file) ? Files.isWritable(file) : parent == null || Files.isWritable(parent);
        if (!writable) {
            throw new StoreException("Cannot write the database " + file + ": permission denied. Choose a writable "
                    + "location with --db or " + ENV_VARIABLE + ".");
        }
    }

    static StoreException translate(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            switch (code.code & 0xFF) {
                case 26: // SQLITE_NOTADB
                    return new StoreException(describe(file) + " is not a MemoLens database, or it is damaged. "
                            + "Nothing was changed; open another file with --db.", e);
                case 11: // SQLITE_CORRUPT
                    return new StoreException(describe(file) + " is damaged (" + sqlite.getMessage()
                            + "). Restore a backup or open another file with --db.", e);
                case 5:  // SQLITE_BUSY
                case 6:  // SQLITE_LOCKED
                    return new StoreException(describe(file) + " is locked by another program. Close it and try again.", e);
                case 8:  // SQLITE_READONLY
                case 14: // SQLITE_CANTOPEN
                    return new StoreException("Cannot write the database " + file + " (" + sqlite.getMessage()
                            + "). Choose a writable location with --db or " + ENV_VARIABLE + ".", e);
                case 13: // SQLITE_FULL
                    return new StoreException("The disk holding " + file + " is full; nothing was saved.", e);
                default:
                    break;
            }
        }
        return new StoreException("Database error in " + file + ": " + e.getMessage(), e);
    }

    private static String describe(Path file) {
        return "The database file " + file;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing after a failure: the original error is the one to report
            }
        }
    }
}
