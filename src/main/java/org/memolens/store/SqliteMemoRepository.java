package org.memolens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.memolens.domain.ImportedMemo;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.MemoSummary;
import org.memolens.domain.MemoText;
import org.memolens.domain.NewMemo;

/** {@link MemoRepository} on the MemoLens SQLite file. */
public final class SqliteMemoRepository implements MemoRepository {

    private static final String SUMMARY_COLUMNS = "id, title, author, memo_date, source, word_count, created_at";

    private final Database db;
    private final Clock clock;

    public SqliteMemoRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public ImportedMemo add(NewMemo memo) {
        Instant now = clock.instant();
        return db.write(c -> insertOrFind(c, memo, now));
    }

    /** Stores {@code memo} unless a memo with the same text exists; the caller's transaction decides. */
    static ImportedMemo insertOrFind(Connection c, NewMemo memo, Instant now) throws SQLException {
        String sha = memo.sha256();
        Optional<Memo> existing = findBy(c, "sha256 = ?", sha);
        if (existing.isPresent()) {
            // Importing a deleted memo again brings it back, with its analyses, rather than a copy.
            try (PreparedStatement st = c.prepareStatement("UPDATE memo SET deleted_at = NULL WHERE id = ?")) {
                st.setLong(1, existing.get().id());
                st.executeUpdate();
            }
            return new ImportedMemo(existing.get(), false);
        }
        int words = MemoText.wordCount(memo.text());
        try (PreparedStatement st = c.prepareStatement("INSERT INTO memo (title, author, memo_date, source, text, "
                + "sha256, word_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindMetadata(st, memo.metadata());
            st.setString(5, memo.text());
            st.setString(6, sha);
            st.setInt(7, words);
            st.setString(8, now.toString());
            st.executeUpdate();
        }
        long id = lastInsertId(c);
        return new ImportedMemo(new Memo(id, memo.metadata(), memo.text(), sha, words, now), true);
    }

    @Override
    public Optional<Memo> find(long id) {
        return db.read(c -> findBy(c, "id = ?", id));
    }

    @Override
    public Optional<Memo> findBySha256(String sha256) {
        return db.read(c -> findBy(c, "sha256 = ?", sha256));
    }

    @Override
    public List<Long> ids() {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM memo ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    @Override
    public List<MemoSummary> search(String query) {
        String match = query == null || query.isBlank() ? null : FullTextQuery.of(query);
        if (match == null && query != null && !query.isBlank()) {
            return List.of();
        }
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM memo WHERE deleted_at IS NULL"
                + (match == null ? "" : " AND id IN (SELECT rowid FROM memo_fts WHERE memo_fts MATCH ?)")
                + " ORDER BY memo_date IS NULL, memo_date DESC, id DESC";
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                if (match != null) {
                    st.setString(1, match);
                }
                List<MemoSummary> result = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        result.add(summary(rs));
                    }
                }
                return result;
            }
        });
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM memo WHERE deleted_at IS NULL"); ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public void updateMetadata(long id, MemoMetadata metadata) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE memo SET title = ?, author = ?, memo_date = ?, source = ? WHERE id = ?")) {
                bindMetadata(st, metadata);
                st.setLong(5, id);
                if (st.executeUpdate() != 1) {
                    throw new StoreException("Memo " + id + " does not exist.");
                }
                return null;
            }
        });
    }

    private static Optional<Memo> findBy(Connection c, String condition, Object value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + ", text, sha256 FROM memo WHERE "
                + condition)) {
            st.setObject(1, value);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                MemoSummary s = summary(rs);
                return Optional.of(new Memo(s.id(), s.metadata(), rs.getString("text"), rs.getString("sha256"),
                        s.wordCount(), s.createdAt()));
            }
        }
    }

    private static MemoSummary summary(ResultSet rs) throws SQLException {
        String date = rs.getString("memo_date");
        MemoMetadata metadata = new MemoMetadata(rs.getString("title"), rs.getString("author"),
                date == null ? null : LocalDate.parse(date), rs.getString("source"));
        return new MemoSummary(rs.getLong("id"), metadata, rs.getInt("word_count"),
                Instant.parse(rs.getString("created_at")));
    }

    private static void bindMetadata(PreparedStatement st, MemoMetadata m) throws SQLException {
        st.setString(1, m.title());
        st.setString(2, m.author());
        st.setString(3, m.date() == null ? null : m.date().toString());
        st.setString(4, m.source());
    }

    static long lastInsertId(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
