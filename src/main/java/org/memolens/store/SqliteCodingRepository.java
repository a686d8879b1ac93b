package org.memolens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.memolens.domain.Coding;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Quotes;
import org.memolens.domain.TextSpan;

/** {@link CodingRepository} on the MemoLens SQLite file. */
public final class SqliteCodingRepository implements CodingRepository {

    private static final String SELECT = "SELECT k.id, k.memo_id, c.code, k.coder_id, k.start_offset, k.end_offset, "
            + "k.quote, k.note, k.created_at, k.updated_at FROM coding k JOIN code c ON c.id = k.code_id";

    private final Database db;
    private final Clock clock;

    public SqliteCodingRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Coding add(Coding coding) {
        return db.write(c -> {
            long codeId = checked(c, coding);
            if (duplicateOf(c, coding, codeId).isPresent()) {
                throw duplicate(coding);
            }
            return coding.withId(insert(c, coding, codeId, null));
        });
    }

    @Override
    public Optional<Coding> addIfAbsent(Coding coding) {
        return db.write(c -> {
            long codeId = checked(c, coding);
            if (duplicateOf(c, coding, codeId).isPresent()) {
                return Optional.<Coding>empty();
            }
            return Optional.of(coding.withId(insert(c, coding, codeId, null)));
        });
    }

    @Override
    public void restore(Coding coding) {
        db.write(c -> {
            long codeId = checked(c, coding);
            if (duplicateOf(c, coding, codeId).isPresent() || findBy(c, "k.id = ?", coding.id()).isPresent()) {
                throw duplicate(coding);
            }
            insert(c, coding, codeId, coding.id());
            return null;
        });
    }

    @Override
    public void update(Coding coding) {
        db.write(c -> {
            long codeId = checked(c, coding);
            Optional<Long> other = duplicateOf(c, coding, codeId);
            if (other.isPresent() && other.get() != coding.id()) {
                throw duplicate(coding);
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE coding SET start_offset = ?, end_offset = ?, quote = ?, "
                    + "note = ?, updated_at = ? WHERE id = ?")) {
                st.setInt(1, coding.start());
                st.setInt(2, coding.end());
                st.setString(3, coding.quote());
                st.setString(4, coding.note());
                st.setString(5, coding.updatedAt().toString());
                st.setLong(6, coding.id());
                if (st.executeUpdate() != 1) {
                    throw new InvalidInputException("The coding " + coding.id() + " no longer exists.");
                }
            }
            return null;
        });
    }

    @Override
    public Coding remove(long id) {
        return db.write(c -> {
            Coding coding = findBy(c, "k.id = ?", id)
                    .orElseThrow(() -> new InvalidInputException("The coding " + id + " no longer exists."));
            try (PreparedStatement st = c.prepareStatement("DELETE FROM coding WHERE id = ?")) {
                st.setLong(1, id);
                st.executeUpdate();
            }
            return coding;
        });
    }

    @Override
    public Optional<Coding> find(long id) {
        return db.read(c -> findBy(c, "k.id = ?", id));
    }

    @Override
    public List<Coding> forMemo(long memoId) {
        return find(List.of(), List.of(memoId), List.of());
    }

    @Override
    public List<Coding> find(Collection<Long> coderIds, Collection<Long> memoIds, Collection<String> codes) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        in(sql, args, "k.coder_id", coderIds);
        in(sql, args, "k.memo_id", memoIds);
        in(sql, args, "c.code", codes);
        sql.append(" ORDER BY k.memo_id, k.start_offset, k.end_offset, k.id");
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    st.setObject(i + 1, args.get(i));
                }
                List<Coding> result = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        result.add(coding(rs));
                    }
                }
                return result;
            }
        });
    }

    @Override
    public Set<Long> memosCodedBy(long coderId) {
        return db.read(c -> {
            Set<Long> memos = new LinkedHashSet<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT DISTINCT memo_id FROM coding WHERE coder_id = ? ORDER BY memo_id")) {
                st.setLong(1, coderId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        memos.add(rs.getLong(1));
                    }
                }
            }
            return memos;
        });
    }

    @Override
    public void reject(long coderId, String code, long memoId, TextSpan span) {
        db.write(c -> {
            long codeId = SqliteCodebookRepository.requireCode(c, code);
            try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO suggestion_rejection (coder_id, code_id, "
                    + "memo_id, start_offset, end_offset, rejected_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                st.setLong(1, coderId);
                st.setLong(2, codeId);
                st.setLong(3, memoId);
                st.setInt(4, span.start());
                st.setInt(5, span.end());
                st.setString(6, clock.instant().toString());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void unreject(long coderId, String code, long memoId, TextSpan span) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM suggestion_rejection WHERE coder_id = ? AND code_id = "
                    + "(SELECT id FROM code WHERE code = ?) AND memo_id = ? AND start_offset = ? AND end_offset = ?")) {
                st.setLong(1, coderId);
                st.setString(2, code);
                st.setLong(3, memoId);
                st.setInt(4, span.start());
                st.setInt(5, span.end());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Set<Rejection> rejections(long coderId, long memoId) {
        return db.read(c -> {
            Set<Rejection> result = new HashSet<>();
            try (PreparedStatement st = c.prepareStatement("SELECT c.code, r.start_offset, r.end_offset FROM "
                    + "suggestion_rejection r JOIN code c ON c.id = r.code_id WHERE r.coder_id = ? AND r.memo_id = ?")) {
                st.setLong(1, coderId);
                st.setLong(2, memoId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Rejection(rs.getString(1), new TextSpan(rs.getInt(2), rs.getInt(3))));
                    }
                }
            }
            return result;
        });
    }

    /** Checks memo, quote, code and coder; returns the code's row id. */
    private static long checked(Connection c, Coding coding) throws SQLException {
        String text;
        try (PreparedStatement st = c.prepareStatement("SELECT text FROM memo WHERE id = ?")) {
            st.setLong(1, coding.memoId());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new InvalidInputException("There is no memo " + coding.memoId() + ".");
                }
                text = rs.getString(1);
            }
        }
        String quote = Quotes.of(text, coding.span());
        if (!quote.equals(coding.quote())) {
            throw new InvalidInputException("The quoted text does not match the memo at [" + coding.start() + ", "
                    + coding.end() + ").");
        }
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM coder WHERE id = ?")) {
            st.setLong(1, coding.coderId());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new InvalidInputException("There is no coder " + coding.coderId() + ".");
                }
            }
        }
        return SqliteCodebookRepository.requireCode(c, coding.code());
    }

    private static Optional<Long> duplicateOf(Connection c, Coding coding, long codeId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM coding WHERE coder_id = ? AND code_id = ? "
                + "AND memo_id = ? AND start_offset = ? AND end_offset = ?")) {
            st.setLong(1, coding.coderId());
            st.setLong(2, codeId);
            st.setLong(3, coding.memoId());
            st.setInt(4, coding.start());
            st.setInt(5, coding.end());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static InvalidInputException duplicate(Coding coding) {
        return new InvalidInputException("This coder has already coded [" + coding.start() + ", " + coding.end()
                + ") with " + coding.code() + ".");
    }

    private static long insert(Connection c, Coding coding, long codeId, Long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO coding (id, memo_id, code_id, coder_id, start_offset, "
                + "end_offset, quote, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setObject(1, id);
            st.setLong(2, coding.memoId());
            st.setLong(3, codeId);
            st.setLong(4, coding.coderId());
            st.setInt(5, coding.start());
            st.setInt(6, coding.end());
            st.setString(7, coding.quote());
            st.setString(8, coding.note());
            st.setString(9, coding.createdAt().toString());
            st.setString(10, coding.updatedAt().toString());
            st.executeUpdate();
        }
        return id != null ? id : SqliteMemoRepository.lastInsertId(c);
    }

    private static Optional<Coding> findBy(Connection c, String condition, Object value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT + " WHERE " + condition)) {
            st.setObject(1, value);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(coding(rs)) : Optional.empty();
            }
        }
    }

    private static Coding coding(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), new TextSpan(rs.getInt(5), rs.getInt(6)),
                rs.getString(7), rs.getString(8), Instant.parse(rs.getString(9)), Instant.parse(rs.getString(10)));
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Collection<?> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append("?, ".repeat(values.size() - 1)).append("?)");
        args.addAll(values);
    }
}
