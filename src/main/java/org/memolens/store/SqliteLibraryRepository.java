package org.memolens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.LibraryEntry;
import org.memolens.domain.LibraryFilter;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.MemoSummary;

/** {@link LibraryRepository} on the MemoLens SQLite file. */
public final class SqliteLibraryRepository implements LibraryRepository {

    /** Separates collection names inside one column; a control character no name contains. */
    private static final String SEP = "\u001f";

    private final Database db;

    public SqliteLibraryRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<LibraryEntry> list(LibraryFilter filter) {
        String match = filter.text().isEmpty() ? null : FullTextQuery.of(filter.text());
        if (!filter.text().isEmpty() && match == null) {
            return List.of();
        }
        // The newest run and the collections of every memo are each computed once, then joined.
        StringBuilder sql = new StringBuilder("SELECT m.id, m.title, m.author, m.memo_date, m.source, m.word_count, "
                + "m.created_at, " + MetricsTable.COLUMNS + ", col.names AS collections FROM memo m "
                + "LEFT JOIN (SELECT memo_id, max(id) AS run_id FROM analysis_run GROUP BY memo_id) lr "
                + "ON lr.memo_id = m.id LEFT JOIN memo_metrics mm ON mm.run_id = lr.run_id "
                + "LEFT JOIN (SELECT mc.memo_id, group_concat(c.name, char(31)) AS names FROM memo_collection mc "
                + "JOIN collection c ON c.id = mc.collection_id GROUP BY mc.memo_id) col ON col.memo_id = m.id "
                + "WHERE m.deleted_at IS NULL");
        List<String> params = new ArrayList<>();
        if (match != null) {
            sql.append(" AND m.id IN (SELECT rowid FROM memo_fts WHERE memo_fts MATCH ?)");
            params.add(match);
        }
        if (filter.collection() != null) {
            sql.append(" AND m.id IN (SELECT mc.memo_id FROM memo_collection mc JOIN collection c "
                    + "ON c.id = mc.collection_id WHERE c.name = ?)");
            params.add(filter.collection());
        }
        sql.append(" ORDER BY m.memo_date IS NULL, m.memo_date DESC, m.id DESC");
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    st.setString(i + 1, params.get(i));
                }
                List<LibraryEntry> entries = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String collections = rs.getString("collections");
                        List<String> names = collections == null ? List.of()
                                : Arrays.stream(collections.split(SEP)).sorted(String.CASE_INSENSITIVE_ORDER).toList();
                        entries.add(new LibraryEntry(summary(rs), MetricsTable.read(rs), names));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public List<String> collections() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT name FROM collection ORDER BY name COLLATE NOCASE");
                    ResultSet rs = st.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            }
        });
    }

    @Override
    public void addToCollection(Collection<Long> memoIds, String collection) {
        String name = collection == null ? "" : collection.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("A collection needs a name, for example \"Amazon 2025\".");
        }
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO collection (name) VALUES (?)")) {
                st.setString(1, name);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO memo_collection (memo_id, collection_id) "
                    + "SELECT ?, id FROM collection WHERE name = ?")) {
                for (long id : memoIds) {
                    st.setLong(1, id);
                    st.setString(2, name);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void removeFromCollection(Collection<Long> memoIds, String collection) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM memo_collection WHERE memo_id = ? AND "
                    + "collection_id = (SELECT id FROM collection WHERE name = ?)")) {
                for (long id : memoIds) {
                    st.setLong(1, id);
                    st.setString(2, collection);
                    st.addBatch();
                }
                st.executeBatch();
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM collection WHERE id NOT IN "
                    + "(SELECT collection_id FROM memo_collection)")) {
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void delete(Collection<Long> memoIds, Instant at) {
        setDeleted(memoIds, at.toString());
    }

    @Override
    public void restore(Collection<Long> memoIds) {
        setDeleted(memoIds, null);
    }

    private void setDeleted(Collection<Long> memoIds, String value) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE memo SET deleted_at = ? WHERE id = ?")) {
                for (long id : memoIds) {
                    st.setString(1, value);
                    st.setLong(2, id);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public int purgeDeletedBefore(Instant cutoff) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM memo WHERE deleted_at IS NOT NULL AND deleted_at < ?")) {
                st.setString(1, cutoff.toString());
                return st.executeUpdate();
            }
        });
    }

    @Override
    public int backfillFigures() {
        return db.write(c -> {
            List<Long> runs = MetricsTable.runsWithoutFigures(c);
            for (long runId : runs) {
                MetricsTable.insert(c, runId, SqliteAnalysisRepository.sentencesWithLayers(c, runId));
            }
            return runs.size();
        });
    }

    private static MemoSummary summary(ResultSet rs) throws SQLException {
        String date = rs.getString("memo_date");
        MemoMetadata metadata = new MemoMetadata(rs.getString("title"), rs.getString("author"),
                date == null ? null : LocalDate.parse(date), rs.getString("source"));
        return new MemoSummary(rs.getLong("id"), metadata, rs.getInt("word_count"),
                Instant.parse(rs.getString("created_at")));
    }
}
