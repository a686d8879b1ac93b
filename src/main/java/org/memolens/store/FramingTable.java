package org.memolens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.memolens.domain.DetectorSource;
import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.PronounCounts;
import org.memolens.domain.SentenceAnalysis;

/**
 * The framing layer's part of a run (migration V003): impact with evidence, frame hits with
 * evidence, score and source, device hits with glosses, pronoun counts. A sentence the layer did not
 * fill in has no rows and is loaded as it was saved (impact and pronouns null, no frames or devices).
 */
final class FramingTable implements LayerTable {

    @Override
    public void insert(Connection c, long runId, List<SentenceAnalysis> sentences) throws SQLException {
        try (PreparedStatement impact = c.prepareStatement(
                "INSERT INTO sentence_impact (run_id, idx, label) VALUES (?, ?, ?)");
             PreparedStatement impactEvidence = c.prepareStatement("INSERT INTO impact_evidence (run_id, idx, ord, "
                     + "start_offset, end_offset, text, weight) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement frame = c.prepareStatement(
                     "INSERT INTO frame_hit (run_id, idx, ord, code, score, source) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement frameEvidence = c.prepareStatement("INSERT INTO frame_evidence (run_id, idx, hit_ord, "
                     + "ord, start_offset, end_offset, text, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement device = c.prepareStatement("INSERT INTO device_hit (run_id, idx, ord, type, "
                     + "start_offset, end_offset, text, gloss) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pronouns = c.prepareStatement(
                     "INSERT INTO sentence_pronouns (run_id, idx, i, we, you) VALUES (?, ?, ?, ?, ?)")) {
            for (SentenceAnalysis s : sentences) {
                if (s.impact() != null) {
                    bind(impact, runId, s.index()).setString(3, s.impact().label().code());
                    impact.addBatch();
                    for (int k = 0; k < s.impact().evidence().size(); k++) {
                        bind(impactEvidence, runId, s.index()).setInt(3, k);
                        evidence(impactEvidence, 4, s.impact().evidence().get(k));
                        impactEvidence.addBatch();
                    }
                }
                for (int h = 0; h < s.frames().size(); h++) {
                    FrameHit hit = s.frames().get(h);
                    bind(frame, runId, s.index()).setInt(3, h);
                    frame.setString(4, hit.code());
                    frame.setDouble(5, hit.score());
                    frame.setString(6, hit.source().code());
                    frame.addBatch();
                    for (int k = 0; k < hit.evidence().size(); k++) {
                        bind(frameEvidence, runId, s.index()).setInt(3, h);
                        frameEvidence.setInt(4, k);
                        evidence(frameEvidence, 5, hit.evidence().get(k));
                        frameEvidence.addBatch();
                    }
                }
                for (int d = 0; d < s.devices().size(); d++) {
                    DeviceHit hit = s.devices().get(d);
                    bind(device, runId, s.index()).setInt(3, d);
                    device.setString(4, hit.type().name());
                    device.setInt(5, hit.start());
                    device.setInt(6, hit.end());
                    device.setString(7, hit.text());
                    device.setString(8, hit.gloss());
                    device.addBatch();
                }
                if (s.pronouns() != null) {
                    bind(pronouns, runId, s.index()).setInt(3, s.pronouns().i());
                    pronouns.setInt(4, s.pronouns().we());
                    pronouns.setInt(5, s.pronouns().you());
                    pronouns.addBatch();
                }
            }
            // Parents before children, for the foreign keys.
            impact.executeBatch();
            impactEvidence.executeBatch();
            frame.executeBatch();
            frameEvidence.executeBatch();
            device.executeBatch();
            pronouns.executeBatch();
        }
    }

    private static PreparedStatement bind(PreparedStatement st, long runId, int idx) throws SQLException {
        st.setLong(1, runId);
        st.setInt(2, idx);
        return st;
    }

    private static void evidence(PreparedStatement st, int first, Evidence e) throws SQLException {
        st.setInt(first, e.start());
        st.setInt(first + 1, e.end());
        st.setString(first + 2, e.text());
        st.setDouble(first + 3, e.weight());
    }

    @Override
    public List<SentenceAnalysis> load(Connection c, long runId, List<SentenceAnalysis> sentences) throws SQLException {
        Map<Long, List<Evidence>> impactEvidence = evidenceByKey(c, "SELECT idx, 0, start_offset, end_offset, text, "
                + "weight FROM impact_evidence WHERE run_id = ? ORDER BY idx, ord", runId);
        Map<Integer, ImpactLabel> impacts = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT idx, label FROM sentence_impact WHERE run_id = ?")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    impacts.put(rs.getInt(1), ImpactLabel.fromCode(rs.getString(2)));
                }
            }
        }
        Map<Long, List<Evidence>> frameEvidence = evidenceByKey(c, "SELECT idx, hit_ord, start_offset, end_offset, "
                + "text, weight FROM frame_evidence WHERE run_id = ? ORDER BY idx, hit_ord, ord", runId);
        Map<Integer, List<FrameHit>> frames = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT idx, ord, code, score, source FROM frame_hit "
                + "WHERE run_id = ? ORDER BY idx, ord")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int idx = rs.getInt(1);
                    List<Evidence> evidence = frameEvidence.getOrDefault(key(idx, rs.getInt(2)), List.of());
                    frames.computeIfAbsent(idx, k -> new ArrayList<>()).add(new FrameHit(rs.getString(3), rs.getDouble(4),
                            evidence, DetectorSource.valueOf(rs.getString(5).toUpperCase(java.util.Locale.ROOT))));
                }
            }
        }
        Map<Integer, List<DeviceHit>> devices = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT idx, type, start_offset, end_offset, text, gloss "
                + "FROM device_hit WHERE run_id = ? ORDER BY idx, ord")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    devices.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new DeviceHit(
                            DeviceType.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        Map<Integer, PronounCounts> pronouns = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT idx, i, we, you FROM sentence_pronouns WHERE run_id = ?")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    pronouns.put(rs.getInt(1), new PronounCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
        List<SentenceAnalysis> result = new ArrayList<>(sentences.size());
        for (SentenceAnalysis s : sentences) {
            ImpactLabel label = impacts.get(s.index());
            Impact impact = label == null ? null
                    : new Impact(label, impactEvidence.getOrDefault(key(s.index(), 0), List.of()));
            result.add(s.withImpact(impact).withFrames(frames.getOrDefault(s.index(), List.of()))
                    .withDevices(devices.getOrDefault(s.index(), List.of())).withPronouns(pronouns.get(s.index())));
        }
        return result;
    }

    /** Evidence rows grouped by (sentence index, hit), in the query's order. */
    private static Map<Long, List<Evidence>> evidenceByKey(Connection c, String sql, long runId) throws SQLException {
        Map<Long, List<Evidence>> byKey = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byKey.computeIfAbsent(key(rs.getInt(1), rs.getInt(2)), k -> new ArrayList<>())
                            .add(new Evidence(rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getDouble(6)));
                }
            }
        }
        return byKey;
    }

    /** One number for (sentence index, hit ordinal). */
    private static long key(int idx, int hit) {
        return ((long) idx << 32) | hit;
    }
}
