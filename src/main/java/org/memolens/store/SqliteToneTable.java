package org.memolens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.memolens.domain.Evidence;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

/** The tone layer's tables (migration V002): one row per toned sentence, one per piece of evidence. */
final class SqliteToneTable implements LayerTable {

    @Override
    public void insert(Connection c, long runId, List<SentenceAnalysis> sentences) throws SQLException {
        try (PreparedStatement tone = c.prepareStatement(
                "INSERT INTO sentence_tone (run_id, idx, label, score, confidence) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement evidence = c.prepareStatement("INSERT INTO sentence_tone_evidence (run_id, idx, "
                        + "position, start_offset, end_offset, text, weight) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (SentenceAnalysis s : sentences) {
                Tone t = s.tone();
                if (t == null) {
                    continue;
                }
                tone.setLong(1, runId);
                tone.setInt(2, s.index());
                tone.setString(3, t.label().code());
                tone.setDouble(4, t.score());
                tone.setDouble(5, t.confidence());
                tone.addBatch();
                for (int i = 0; i < t.evidence().size(); i++) {
                    Evidence e = t.evidence().get(i);
                    evidence.setLong(1, runId);
                    evidence.setInt(2, s.index());
                    evidence.setInt(3, i);
                    evidence.setInt(4, e.start());
                    evidence.setInt(5, e.end());
                    evidence.setString(6, e.text());
                    evidence.setDouble(7, e.weight());
                    evidence.addBatch();
                }
            }
            tone.executeBatch();
            evidence.executeBatch();
        }
    }

    @Override
    public List<SentenceAnalysis> load(Connection c, long runId, List<SentenceAnalysis> sentences) throws SQLException {
        Map<Integer, List<Evidence>> evidence = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT idx, start_offset, end_offset, text, weight "
                + "FROM sentence_tone_evidence WHERE run_id = ? ORDER BY idx, position")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    evidence.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new Evidence(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getDouble(5)));
                }
            }
        }
        Map<Integer, Tone> tones = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT idx, label, score, confidence FROM sentence_tone WHERE run_id = ?")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int idx = rs.getInt(1);
                    tones.put(idx, new Tone(ToneLabel.fromCode(rs.getString(2)), rs.getDouble(3), rs.getDouble(4),
                            evidence.getOrDefault(idx, List.of())));
                }
            }
        }
        List<SentenceAnalysis> result = new ArrayList<>(sentences.size());
        for (SentenceAnalysis s : sentences) {
            Tone t = tones.get(s.index());
            result.add(t == null ? s : s.withTone(t));
        }
        return result;
    }
}
