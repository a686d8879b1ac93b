package org.memolens.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbered schema migrations, applied in order at start-up. The schema version is SQLite's
 * {@code PRAGMA user_version}: migration N moves a file from version N-1 to N inside one
 * transaction, so a crash leaves the file at a complete version.
 *
 * <p>To change the schema, add {@code VNNN__what.sql} next to the others and list it here; never
 * edit a migration that has shipped.
 */
final class Migrations {

    static final List<String> FILES = List.of(
            "V001__initial.sql",
            "V002__tone.sql",
            "V003__frames.sql",
            "V004__library.sql",
            "V006__coding.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return FILES.size();
    }

    /** Applies every migration newer than the file's version; returns the version reached. */
    static int migrate(Connection connection, String fileDescription) throws SQLException {
        return migrate(connection, fileDescription, FILES);
    }

    /** Throws if the file's schema is newer than this MemoLens knows. Reads only. */
    static void checkNotNewer(Connection connection, String fileDescription) throws SQLException {
        checkNotNewer(userVersion(connection), FILES.size(), fileDescription);
    }

    private static void checkNotNewer(int current, int known, String fileDescription) {
        if (current > known) {
            throw new StoreException(fileDescription + " was written by a newer MemoLens (schema version " + current
                    + "; this one knows up to " + known + "). Update MemoLens to open it.");
        }
    }

    /** As {@link #migrate(Connection, String)} with an explicit list: version N is {@code files.get(N - 1)}. */
    static int migrate(Connection connection, String fileDescription, List<String> files) throws SQLException {
        int current = userVersion(connection);
        checkNotNewer(current, files.size(), fileDescription);
        for (int version = current + 1; version <= files.size(); version++) {
            apply(connection, version, files.get(version - 1));
        }
        return files.size();
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void apply(Connection connection, int version, String file) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(read(file))) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new StoreException("Migration " + file + " is missing from the installation.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Migration " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Splits a script into statements at semicolons that end a line. Inside {@code CREATE TRIGGER}
     * the statement runs to the line {@code END;}, since trigger bodies hold semicolons of their own.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (current.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER") || upper.startsWith("CREATE TEMP TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? upper.equals("END;") : trimmed.endsWith(";");
            if (ends) {
                statements.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
