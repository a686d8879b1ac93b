package org.memolens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.Language;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;

/** {@link AnalysisRepository} on the MemoLens SQLite file. */
public final class SqliteAnalysisRepository implements AnalysisRepository {

    /** Every analysis layer's tables, saved and loaded with each run; add a new layer here. */
    private static final List<LayerTable> LAYERS = List.of(new SqliteToneTable());

    private final Database db;

    public SqliteAnalysisRepository(Database db) {
        this.db = db;
    }

    @Override
    public AnalysisRun save(MemoAnalysis analysis) {
        AnalysisRun run = analysis.run();
        return db.write(c -> {
            long runId = insertRun(c, run);
            insertComponents(c, runId, run.components());
            insertSentences(c, runId, run.memoId(), analysis.sentences());
            for (LayerTable layer : LAYERS) {
                layer.insert(c, runId, analysis.sentences());
            }
            return run.withId(runId);
        });
    }

    @Override
    public Optional<MemoAnalysis> latest(long memoId) {
        return db.read(c -> {
            List<AnalysisRun> runs = runs(c, memoId);
            if (runs.isEmpty()) {
                return Optional.empty();
            }
            AnalysisRun run = runs.get(runs.size() - 1);
            List<SentenceAnalysis> sentences = sentences(c, run.id());
            for (LayerTable layer : LAYERS) {
                sentences = layer.load(c, run.id(), sentences);
            }
            return Optional.of(new MemoAnalysis(run, sentences));
        });
    }

    @Override
    public List<AnalysisRun> runs(long memoId) {
        return db.read(c -> runs(c, memoId));
    }

    private static long insertRun(Connection c, AnalysisRun run) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO analysis_run (memo_id, created_at, language, "
                + "language_confidence, analysable) VALUES (?, ?, ?, ?, ?)")) {
            st.setLong(1, run.memoId());
            st.setString(2, run.createdAt().toString());
            st.setString(3, run.language().code());
            st.setDouble(4, run.language().confidence());
            st.setInt(5, run.language().analysable() ? 1 : 0);
            st.executeUpdate();
        }
        return SqliteMemoRepository.lastInsertId(c);
    }

    private static void insertComponents(Connection c, long runId, Map<String, String> components) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO run_component (run_id, component, version) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : components.entrySet()) {
                st.setLong(1, runId);
                st.setString(2, e.getKey());
                st.setString(3, e.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void insertSentences(Connection c, long runId, long memoId, List<SentenceAnalysis> sentences)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO sentence (run_id, memo_id, idx, start_offset, "
                + "end_offset, token_count) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (SentenceAnalysis s : sentences) {
                st.setLong(1, runId);
                st.setLong(2, memoId);
                st.setInt(3, s.index());
                st.setInt(4, s.start());
                st.setInt(5, s.end());
                st.setInt(6, s.tokenCount());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static List<AnalysisRun> runs(Connection c, long memoId) throws SQLException {
        Map<Long, Map<String, String>> components = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT rc.run_id, rc.component, rc.version FROM run_component rc "
                + "JOIN analysis_run r ON r.id = rc.run_id WHERE r.memo_id = ?")) {
            st.setLong(1, memoId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    components.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
        }
        List<AnalysisRun> runs = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, created_at, language, language_confidence, analysable "
                + "FROM analysis_run WHERE memo_id = ? ORDER BY id")) {
            st.setLong(1, memoId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    Language language = new Language(rs.getString("language"), rs.getDouble("language_confidence"),
                            rs.getInt("analysable") == 1);
                    runs.add(new AnalysisRun(id, memoId, Instant.parse(rs.getString("created_at")), language,
                            components.getOrDefault(id, Map.of())));
                }
            }
        }
        return runs;
    }

    private static List<SentenceAnalysis> sentences(Connection c, long runId) throws SQLException {
        List<SentenceAnalysis> sentences = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT idx, start_offset, end_offset, token_count FROM sentence "
                + "WHERE run_id = ? ORDER BY idx")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sentences.add(new SentenceAnalysis(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), List.of()));
                }
            }
        }
        return sentences;
    }
}
