package org.memolens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;

import org.memolens.domain.MemoFigures;
import org.memolens.domain.MemoMetrics;
import org.memolens.domain.SentenceAnalysis;

/** The memo_metrics table: one row of {@link MemoFigures} per analysis run. */
final class MetricsTable {

    static final String COLUMNS = "mm.sentences, mm.mean_tone, mm.harm_sentences, mm.gap_sentences, mm.gap_index, "
            + "mm.top_frames";

    private MetricsTable() {
    }

    static void insert(Connection c, long runId, List<SentenceAnalysis> sentences) throws SQLException {
        int textLength = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).end();
        MemoMetrics metrics = MemoMetrics.of(sentences, textLength);
        insert(c, runId, MemoFigures.of(metrics), metrics.toneSentences());
    }

    private static void insert(Connection c, long runId, MemoFigures f, int toneSentences) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO memo_metrics (run_id, sentences, "
                + "tone_sentences, mean_tone, harm_sentences, gap_sentences, gap_index, top_frames) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, runId);
            st.setInt(2, f.sentences());
            st.setInt(3, toneSentences);
            setDouble(st, 4, f.meanTone());
            st.setInt(5, f.harmSentences());
            st.setInt(6, f.gapSentences());
            setDouble(st, 7, f.gapIndex());
            st.setString(8, String.join(",", f.topFrames()));
            st.executeUpdate();
        }
    }

    /** The figures read from a row selected with {@link #COLUMNS}; null when the memo has no run. */
    static MemoFigures read(ResultSet rs) throws SQLException {
        int sentences = rs.getInt("sentences");
        if (rs.wasNull()) {
            return null;
        }
        String frames = rs.getString("top_frames");
        return new MemoFigures(sentences, getDouble(rs, "mean_tone"), rs.getInt("harm_sentences"),
                rs.getInt("gap_sentences"), getDouble(rs, "gap_index"),
                frames == null || frames.isEmpty() ? List.of() : Arrays.asList(frames.split(",")));
    }

    /** Newest runs of memos that have no figures yet (stored before figures were kept). */
    static List<Long> runsWithoutFigures(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT max(r.id) FROM analysis_run r GROUP BY r.memo_id "
                + "HAVING max(r.id) NOT IN (SELECT run_id FROM memo_metrics)");
                ResultSet rs = st.executeQuery()) {
            List<Long> runs = new java.util.ArrayList<>();
            while (rs.next()) {
                runs.add(rs.getLong(1));
            }
            return runs;
        }
    }

    private static void setDouble(PreparedStatement st, int index, Double value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.REAL);
        } else {
            st.setDouble(index, value);
        }
    }

    private static Double getDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
