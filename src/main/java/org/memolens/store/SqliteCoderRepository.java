package org.memolens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.memolens.domain.Coder;
import org.memolens.domain.Guids;
import org.memolens.domain.InvalidInputException;

/** {@link CoderRepository} on the MemoLens SQLite file. */
public final class SqliteCoderRepository implements CoderRepository {

    private static final String COLUMNS = "id, name, guid, active";

    private final Database db;
    private final Clock clock;

    public SqliteCoderRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Coder add(String name, String guid) {
        String clean = checkedName(name);
        return db.write(c -> {
            if (findBy(c, "name = ?", clean).isPresent()) {
                throw new InvalidInputException("There is already a coder named " + clean + ".");
            }
            return insert(c, clean, guid);
        });
    }

    @Override
    public Coder addIfAbsent(String name, String guid) {
        String clean = checkedName(name);
        return db.write(c -> {
            Optional<Coder> existing = findBy(c, "name = ?", clean);
            return existing.isPresent() ? existing.get() : insert(c, clean, guid);
        });
    }

    @Override
    public Optional<Coder> find(long id) {
        return db.read(c -> findBy(c, "id = ?", id));
    }

    @Override
    public Optional<Coder> find(String name) {
        return db.read(c -> findBy(c, "name = ?", name == null ? "" : name.strip()));
    }

    @Override
    public List<Coder> list() {
        return db.read(c -> {
            List<Coder> coders = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM coder ORDER BY id");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    coders.add(coder(rs));
                }
            }
            return coders;
        });
    }

    @Override
    public void activate(long id) {
        db.write(c -> {
            if (findBy(c, "id = ?", id).isEmpty()) {
                throw new InvalidInputException("There is no coder " + id + ".");
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE coder SET active = 0 WHERE active = 1")) {
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE coder SET active = 1 WHERE id = ?")) {
                st.setLong(1, id);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Coder> active() {
        return db.read(c -> findBy(c, "active = ?", 1));
    }

    @Override
    public void rename(long id, String name) {
        String clean = checkedName(name);
        db.write(c -> {
            Optional<Coder> other = findBy(c, "name = ?", clean);
            if (other.isPresent() && other.get().id() != id) {
                throw new InvalidInputException("There is already a coder named " + clean + ".");
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE coder SET name = ? WHERE id = ?")) {
                st.setString(1, clean);
                st.setLong(2, id);
                if (st.executeUpdate() != 1) {
                    throw new InvalidInputException("There is no coder " + id + ".");
                }
            }
            return null;
        });
    }

    private Coder insert(Connection c, String name, String guid) throws SQLException {
        String g = guid == null ? Guids.of("coder", name) : Guids.normalise(guid);
        if (findBy(c, "guid = ?", g).isPresent()) {
            g = java.util.UUID.randomUUID().toString();
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO coder (name, guid, active, created_at) VALUES (?, ?, 0, ?)")) {
            st.setString(1, name);
            st.setString(2, g);
            st.setString(3, clock.instant().toString());
            st.executeUpdate();
        }
        return new Coder(SqliteMemoRepository.lastInsertId(c), name, g, false);
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("A coder needs a name.");
        }
        String clean = name.strip();
        if (clean.length() > 100 || clean.contains(",") || clean.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A coder's name must be at most 100 characters, without commas or line breaks.");
        }
        return clean;
    }

    private static Optional<Coder> findBy(Connection c, String condition, Object value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM coder WHERE " + condition)) {
            st.setObject(1, value);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(coder(rs)) : Optional.empty();
            }
        }
    }

    private static Coder coder(ResultSet rs) throws SQLException {
        return new Coder(rs.getLong("id"), rs.getString("name"), rs.getString("guid"), rs.getInt("active") == 1);
    }
}
