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
import java.util.TreeMap;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.Language;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;

/** {@link AnalysisRepository} on the MemoLens SQLite file. */
public final class SqliteAnalysisRepository implements AnalysisRepository {

    /** Every analysis layer's tables, saved and loaded with each run; add a new layer here. */
    private static final List<LayerTable> LAYERS = List.of(new SqliteToneTable(), new FramingTable());

    private final Database db;

    public SqliteAnalysisRepository(Database db) {
        this.db = db;
    }

    @Override
    public AnalysisRun save(MemoAnalysis analysis) {
        return db.write(c -> insert(c, analysis, analysis.run().memoId()));
    }

    /** Writes a run of memo {@code memoId} with its components, sentences and layers, inside the caller's transaction. */
    static AnalysisRun insert(Connection c, MemoAnalysis analysis, long memoId) throws SQLException {
        AnalysisRun run = analysis.run();
        long runId = insertRun(c, run, memoId);
        insertComponents(c, runId, run.components());
        insertSentences(c, runId, memoId, analysis.sentences());
        for (LayerTable layer : LAYERS) {
            layer.insert(c, runId, analysis.sentences());
        }
        MetricsTable.insert(c, runId, analysis.sentences());
        return new AnalysisRun(runId, memoId, run.createdAt(), run.language(), run.components());
    }

    @Override
    public Optional<MemoAnalysis> latest(long memoId) {
        return db.read(c -> {
            List<AnalysisRun> runs = runs(c, memoId);
            if (runs.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(load(c, runs.get(runs.size() - 1)));
        });
    }

    @Override
    public Optional<MemoAnalysis> byRun(long runId) {
        return db.read(c -> {
            Long memoId = null;
            try (PreparedStatement st = c.prepareStatement("SELECT memo_id FROM analysis_run WHERE id = ?")) {
                st.setLong(1, runId);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        memoId = rs.getLong(1);
                    }
                }
            }
            if (memoId == null) {
                return Optional.empty();
            }
            for (AnalysisRun run : runs(c, memoId)) {
                if (run.id() == runId) {
                    return Optional.of(load(c, run));
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public Map<String, Long> runsWithComponents(Map<String, String> components) {
        return db.read(c -> {
            Map<String, Long> found = new HashMap<>();
            // A run matches when its sorted component list is the same: same names, same versions, none more.
            try (PreparedStatement st = c.prepareStatement("SELECT m.sha256, max(r.id) FROM memo m "
                    + "JOIN analysis_run r ON r.memo_id = m.id "
                    + "JOIN (SELECT run_id, group_concat(component || char(30) || version, char(31) ORDER BY component) "
                    + "AS signature FROM run_component GROUP BY run_id) s ON s.run_id = r.id "
                    + "WHERE s.signature = ? GROUP BY m.sha256")) {
                st.setString(1, signature(components));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return found;
        });
    }

    /** The form {@link #runsWithComponents} compares: name, RS, version, joined by US, in name order. */
    static String signature(Map<String, String> components) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(components).entrySet()) {
            if (sb.length() > 0) {
                sb.append('\u001f');
            }
            sb.append(e.getKey()).append('\u001e').append(e.getValue());
        }
        return sb.toString();
    }

    private static MemoAnalysis load(Connection c, AnalysisRun run) throws SQLException {
        return new MemoAnalysis(run, sentencesWithLayers(c, run.id()));
    }

    @Override
    public List<AnalysisRun> runs(long memoId) {
        return db.read(c -> runs(c, memoId));
    }

    private static long insertRun(Connection c, AnalysisRun run, long memoId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO analysis_run (memo_id, created_at, language, "
                + "language_confidence, analysable) VALUES (?, ?, ?, ?, ?)")) {
            st.setLong(1, memoId);
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

    /** The sentences of a run with every layer's results. */
    static List<SentenceAnalysis> sentencesWithLayers(Connection c, long runId) throws SQLException {
        List<SentenceAnalysis> sentences = sentences(c, runId);
        for (LayerTable layer : LAYERS) {
            sentences = layer.load(c, runId, sentences);
        }
        return sentences;
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
