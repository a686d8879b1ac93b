package org.memolens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.memolens.domain.CodeImportCount;
import org.memolens.domain.Code;
import org.memolens.domain.CodeDeletion;
import org.memolens.domain.Codebook;
import org.memolens.domain.CodebookVersion;
import org.memolens.domain.Guids;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.MergeReport;

/** {@link CodebookRepository} on the MemoLens SQLite file. */
public final class SqliteCodebookRepository implements CodebookRepository {

    private static final String SELECT_CODES = "SELECT c.code, c.name, c.definition, c.colour, p.code AS parent, "
            + "c.examples FROM code c LEFT JOIN code p ON p.id = c.parent_id ORDER BY c.position, c.id";

    private final Database db;
    private final Clock clock;

    public SqliteCodebookRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean exists() {
        return db.read(SqliteCodebookRepository::exists);
    }

    @Override
    public void create(String name, String seededFrom, List<Code> codes, Map<String, String> guids) {
        db.write(c -> {
            if (exists(c)) {
                throw new InvalidInputException("The project codebook exists already.");
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO codebook (id, name, version, seeded_from, created_at) VALUES (1, ?, 0, ?, ?)")) {
                st.setString(1, name);
                st.setString(2, seededFrom);
                st.setString(3, clock.instant().toString());
                st.executeUpdate();
            }
            for (Code code : codes) {
                insert(c, code, guids.get(code.code()));
            }
            setParents(c, codes);
            recordVersion(c, seededFrom == null ? "created" : "seeded from " + seededFrom);
            return null;
        });
    }

    @Override
    public Codebook current() {
        return db.read(c -> {
            if (!exists(c)) {
                return new Codebook("project", 0, List.of());
            }
            List<Code> codes = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(SELECT_CODES); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    codes.add(code(rs));
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT name, version FROM codebook WHERE id = 1");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Codebook(rs.getString(1), rs.getInt(2), codes);
            }
        });
    }

    @Override
    public Map<String, String> guids() {
        return db.read(c -> {
            Map<String, String> guids = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT code, guid FROM code ORDER BY position, id");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    guids.put(rs.getString(1), rs.getString(2));
                }
            }
            return guids;
        });
    }

    @Override
    public void add(Code code, String guid) {
        db.write(c -> {
            requireCodebook(c);
            if (codeId(c, code.code()) != null) {
                throw new InvalidInputException("The codebook already has a code " + code.code() + ".");
            }
            insert(c, code, guid);
            setParents(c, List.of(code));
            recordVersion(c, "added " + code.code() + " (\"" + code.name() + "\")");
            return null;
        });
    }

    @Override
    public void update(Code changed, String change) {
        db.write(c -> {
            long id = requireCode(c, changed.code());
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE code SET name = ?, definition = ?, colour = ?, examples = ? WHERE id = ?")) {
                st.setString(1, changed.name());
                st.setString(2, nullToEmpty(changed.definition()));
                st.setString(3, changed.colour());
                st.setString(4, String.join("\n", changed.examples()));
                st.setLong(5, id);
                st.executeUpdate();
            }
            setParents(c, List.of(changed));
            recordVersion(c, change);
            return null;
        });
    }

    @Override
    public int codingCount(String code) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT count(*) FROM coding k JOIN code c ON c.id = k.code_id WHERE c.code = ?")) {
                st.setString(1, code);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public MergeReport merge(String source, String target) {
        if (source.equals(target)) {
            throw new InvalidInputException("A code cannot be merged into itself.");
        }
        return db.write(c -> {
            long from = requireCode(c, source);
            long to = requireCode(c, target);
            MergeReport report = CodingMerge.move(c, from, to);
            reparentChildren(c, from, to);
            deleteCode(c, from);
            recordVersion(c, "merged " + source + " into " + target + " (" + report.moved() + " codings moved, "
                    + report.combined() + " combined with existing ones)");
            return report;
        });
    }

    @Override
    public MergeReport delete(String code, CodeDeletion deletion) {
        return db.write(c -> {
            long id = requireCode(c, code);
            int codings = CodingMerge.count(c, id);
            MergeReport report;
            String what;
            switch (deletion.mode()) {
                case REFUSE_IF_CODED -> {
                    if (codings > 0) {
                        throw new InvalidInputException(code + " has " + codings + " coding" + (codings == 1 ? "" : "s")
                                + ". Delete them with the code, or move them to another code first; nothing was changed.");
                    }
                    report = new MergeReport(0, 0, 0);
                    what = "";
                }
                case DELETE_CODINGS -> {
                    report = new MergeReport(0, 0, CodingMerge.deleteAll(c, id));
                    what = " with its " + report.deleted() + " codings";
                }
                case MOVE_CODINGS -> {
                    if (deletion.target().equals(code)) {
                        throw new InvalidInputException("Move the codings to another code than the one deleted.");
                    }
                    long to = requireCode(c, deletion.target());
                    report = CodingMerge.move(c, id, to);
                    what = ", its codings moved to " + deletion.target();
                }
                default -> throw new IllegalStateException("unknown deletion mode " + deletion.mode());
            }
            reparentChildren(c, id, parentOf(c, id));
            deleteCode(c, id);
            recordVersion(c, "deleted " + code + what);
            return report;
        });
    }

    @Override
    public CodeImportCount upsert(List<Code> codes, Map<String, String> guids, String change) {
        return db.write(c -> {
            requireCodebook(c);
            Map<String, Code> stored = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement(SELECT_CODES); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Code code = code(rs);
                    stored.put(code.code(), code);
                }
            }
            int added = 0;
            int updated = 0;
            for (Code code : codes) {
                Code old = stored.get(code.code());
                if (old == null) {
                    insert(c, code, guids.get(code.code()));
                    added++;
                } else if (!sameFields(old, code)) {
                    try (PreparedStatement st = c.prepareStatement(
                            "UPDATE code SET name = ?, definition = ?, colour = ?, examples = ? WHERE code = ?")) {
                        st.setString(1, code.name());
                        st.setString(2, nullToEmpty(code.definition()));
                        st.setString(3, code.colour());
                        st.setString(4, String.join("\n", code.examples()));
                        st.setString(5, code.code());
                        st.executeUpdate();
                    }
                    updated++;
                }
            }
            setParents(c, codes);
            if (added + updated > 0) {
                recordVersion(c, change + " (" + added + " added, " + updated + " updated)");
            }
            return new CodeImportCount(added, updated);
        });
    }

    @Override
    public List<CodebookVersion> history() {
        return db.read(c -> {
            List<CodebookVersion> versions = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT version, created_at, change FROM codebook_version ORDER BY version");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    versions.add(new CodebookVersion(rs.getInt(1), Instant.parse(rs.getString(2)), rs.getString(3)));
                }
            }
            return versions;
        });
    }

    @Override
    public Codebook atVersion(int version) {
        return db.read(c -> {
            List<Code> codes = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT code, name, definition, colour, parent_code AS parent, "
                    + "examples FROM code_snapshot WHERE version = ? ORDER BY position, code")) {
                st.setInt(1, version);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        codes.add(code(rs));
                    }
                }
            }
            String name;
            try (PreparedStatement st = c.prepareStatement("SELECT v.version, b.name FROM codebook_version v, codebook b "
                    + "WHERE v.version = ?")) {
                st.setInt(1, version);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new InvalidInputException("The codebook has no version " + version + ".");
                    }
                    name = rs.getString(2);
                }
            }
            return new Codebook(name, version, codes);
        });
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM codebook WHERE id = 1"); ResultSet rs = st.executeQuery()) {
            return rs.next();
        }
    }

    private static void requireCodebook(Connection c) throws SQLException {
        if (!exists(c)) {
            throw new InvalidInputException("The project has no codebook yet.");
        }
    }

    private static Code code(ResultSet rs) throws SQLException {
        String examples = rs.getString("examples");
        return new Code(rs.getString("code"), rs.getString("name"), rs.getString("definition"), rs.getString("colour"),
                rs.getString("parent"), examples.isEmpty() ? List.of() : Arrays.asList(examples.split("\n")));
    }

    private static boolean sameFields(Code a, Code b) {
        return a.name().equals(b.name()) && nullToEmpty(a.definition()).equals(nullToEmpty(b.definition()))
                && a.colour().equals(b.colour()) && Objects.equals(a.parent(), b.parent())
                && a.examples().equals(b.examples());
    }

    private static void insert(Connection c, Code code, String guid) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO code (code, guid, name, definition, colour, examples, "
                + "position) VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM code))")) {
            st.setString(1, code.code());
            st.setString(2, guid == null ? Guids.of("code", code.code()) : guid);
            st.setString(3, code.name());
            st.setString(4, nullToEmpty(code.definition()));
            st.setString(5, code.colour());
            st.setString(6, String.join("\n", code.examples()));
            st.executeUpdate();
        }
    }

    /** Sets each code's parent once all codes of a batch exist, so a parent may come later in the list. */
    private static void setParents(Connection c, List<Code> codes) throws SQLException {
        for (Code code : codes) {
            Long parent = null;
            if (code.parent() != null) {
                parent = codeId(c, code.parent());
                if (parent == null) {
                    throw new InvalidInputException("The parent " + code.parent() + " of " + code.code()
                            + " is not in the codebook.");
                }
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE code SET parent_id = ? WHERE code = ?")) {
                st.setObject(1, parent);
                st.setString(2, code.code());
                st.executeUpdate();
            }
        }
    }

    static Long codeId(Connection c, String code) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM code WHERE code = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static long requireCode(Connection c, String code) throws SQLException {
        Long id = codeId(c, code);
        if (id == null) {
            throw new InvalidInputException("The codebook has no code " + code + ".");
        }
        return id;
    }

    private static Long parentOf(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT parent_id FROM code WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long parent = rs.getLong(1);
                return rs.wasNull() ? null : parent;
            }
        }
    }

    private static void reparentChildren(Connection c, long from, Long to) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE code SET parent_id = ? WHERE parent_id = ?")) {
            st.setObject(1, to);
            st.setLong(2, from);
            st.executeUpdate();
        }
    }

    private static void deleteCode(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM code WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }

    private void recordVersion(Connection c, String change) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE codebook SET version = version + 1 WHERE id = 1")) {
            st.executeUpdate();
        }
        int version;
        try (PreparedStatement st = c.prepareStatement("SELECT version FROM codebook WHERE id = 1");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            version = rs.getInt(1);
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO codebook_version (version, created_at, change) VALUES (?, ?, ?)")) {
            st.setInt(1, version);
            st.setString(2, clock.instant().toString());
            st.setString(3, change);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO code_snapshot (version, code, guid, name, definition, "
                + "colour, parent_code, examples, position) SELECT ?, c.code, c.guid, c.name, c.definition, c.colour, "
                + "p.code, c.examples, c.position FROM code c LEFT JOIN code p ON p.id = c.parent_id")) {
            st.setInt(1, version);
            st.executeUpdate();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
