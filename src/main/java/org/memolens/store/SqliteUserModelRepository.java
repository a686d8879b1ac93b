package org.memolens.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.memolens.domain.CodeScore;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.UserModel;

/**
 * {@link UserModelRepository} on the MemoLens SQLite file. A model file inside the database's
 * folder is recorded relative to it, so the folder can be moved as a whole.
 */
public final class SqliteUserModelRepository implements UserModelRepository {

    private final Database db;

    public SqliteUserModelRepository(Database db) {
        this.db = db;
    }

    @Override
    public UserModel register(UserModel model) {
        return db.write(c -> {
            if (findBy(c, model.name()).isPresent()) {
                throw new InvalidInputException("A model named " + model.name() + " exists already; choose another name.");
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO user_model (name, file, sha256, created_at, coders, "
                    + "codebook_version, sentences, folds, seed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                st.setString(1, model.name());
                st.setString(2, stored(model.file()));
                st.setString(3, model.sha256());
                st.setString(4, model.createdAt().toString());
                st.setString(5, String.join(",", model.coders()));
                st.setInt(6, model.codebookVersion());
                st.setInt(7, model.sentences());
                st.setInt(8, model.folds());
                st.setLong(9, model.seed());
                st.executeUpdate();
            }
            long id = SqliteMemoRepository.lastInsertId(c);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO user_model_score (model_id, code, support, "
                    + "precision, recall, f1) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (CodeScore s : model.scores()) {
                    st.setLong(1, id);
                    st.setString(2, s.code());
                    st.setInt(3, s.support());
                    setReal(st, 4, s.precision());
                    setReal(st, 5, s.recall());
                    setReal(st, 6, s.f1());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return model.withId(id);
        });
    }

    @Override
    public List<UserModel> list() {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT name FROM user_model ORDER BY id");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            List<UserModel> models = new ArrayList<>();
            for (String name : names) {
                models.add(findBy(c, name).orElseThrow());
            }
            return models;
        });
    }

    @Override
    public Optional<UserModel> find(String name) {
        return db.read(c -> findBy(c, name));
    }

    private Optional<UserModel> findBy(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id, name, file, sha256, created_at, coders, codebook_version, "
                + "sentences, folds, seed FROM user_model WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong("id");
                String coders = rs.getString("coders");
                return Optional.of(new UserModel(id, rs.getString("name"), resolved(rs.getString("file")),
                        rs.getString("sha256"), Instant.parse(rs.getString("created_at")),
                        coders.isEmpty() ? List.of() : List.of(coders.split(",")), rs.getInt("codebook_version"),
                        rs.getInt("sentences"), rs.getInt("folds"), rs.getLong("seed"), scores(c, id)));
            }
        }
    }

    private static List<CodeScore> scores(Connection c, long id) throws SQLException {
        List<CodeScore> scores = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT code, support, precision, recall, f1 FROM user_model_score WHERE model_id = ? ORDER BY code")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    scores.add(new CodeScore(rs.getString(1), rs.getInt(2), real(rs, 3), real(rs, 4), real(rs, 5)));
                }
            }
        }
        return scores;
    }

    private String stored(Path file) {
        Path folder = db.file().getParent();
        Path absolute = file.toAbsolutePath().normalize();
        return folder != null && absolute.startsWith(folder) ? folder.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    private Path resolved(String file) {
        Path path = Path.of(file);
        Path folder = db.file().getParent();
        return path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize();
    }

    private static void setReal(PreparedStatement st, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            st.setNull(index, Types.REAL);
        } else {
            st.setDouble(index, value);
        }
    }

    private static double real(ResultSet rs, int index) throws SQLException {
        double value = rs.getDouble(index);
        return rs.wasNull() ? Double.NaN : value;
    }
}
