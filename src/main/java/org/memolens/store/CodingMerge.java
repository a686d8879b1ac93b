package org.memolens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.memolens.domain.MergeReport;

/**
 * Moves the codings of one code to another inside a codebook transaction. The unique rule (one
 * coding per coder, code and span) decides duplicates: when the coder already coded the same span
 * with the target code, the two become one, keeping the target coding and appending the moved
 * coding's note to its note, so that no note is lost.
 */
final class CodingMerge {

    private CodingMerge() {
    }

    static int count(Connection c, long codeId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM coding WHERE code_id = ?")) {
            st.setLong(1, codeId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static int deleteAll(Connection c, long codeId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM coding WHERE code_id = ?")) {
            st.setLong(1, codeId);
            return st.executeUpdate();
        }
    }

    static MergeReport move(Connection c, long from, long to) throws SQLException {
        record Row(long id, long coder, long memo, int start, int end, String note) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, coder_id, memo_id, start_offset, end_offset, note FROM coding WHERE code_id = ? ORDER BY id")) {
            st.setLong(1, from);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getString(6)));
                }
            }
        }
        int moved = 0;
        int combined = 0;
        for (Row row : rows) {
            Long existing = null;
            String existingNote = null;
            try (PreparedStatement st = c.prepareStatement("SELECT id, note FROM coding WHERE coder_id = ? AND code_id = ? "
                    + "AND memo_id = ? AND start_offset = ? AND end_offset = ?")) {
                st.setLong(1, row.coder());
                st.setLong(2, to);
                st.setLong(3, row.memo());
                st.setInt(4, row.start());
                st.setInt(5, row.end());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        existing = rs.getLong(1);
                        existingNote = rs.getString(2);
                    }
                }
            }
            if (existing == null) {
                try (PreparedStatement st = c.prepareStatement("UPDATE coding SET code_id = ? WHERE id = ?")) {
                    st.setLong(1, to);
                    st.setLong(2, row.id());
                    st.executeUpdate();
                }
                moved++;
            } else {
                try (PreparedStatement st = c.prepareStatement("UPDATE coding SET note = ? WHERE id = ?")) {
                    st.setString(1, combineNotes(existingNote, row.note()));
                    st.setLong(2, existing);
                    st.executeUpdate();
                }
                try (PreparedStatement st = c.prepareStatement("DELETE FROM coding WHERE id = ?")) {
                    st.setLong(1, row.id());
                    st.executeUpdate();
                }
                combined++;
            }
        }
        moveRejections(c, from, to);
        return new MergeReport(moved, combined, 0);
    }

    static String combineNotes(String kept, String moved) {
        if (moved.isEmpty() || moved.equals(kept)) {
            return kept;
        }
        return kept.isEmpty() ? moved : kept + "\n" + moved;
    }

    private static void moveRejections(Connection c, long from, long to) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM suggestion_rejection AS r WHERE code_id = ? AND EXISTS "
                + "(SELECT 1 FROM suggestion_rejection t WHERE t.code_id = ? AND t.coder_id = r.coder_id "
                + "AND t.memo_id = r.memo_id AND t.start_offset = r.start_offset AND t.end_offset = r.end_offset)")) {
            st.setLong(1, from);
            st.setLong(2, to);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE suggestion_rejection SET code_id = ? WHERE code_id = ?")) {
            st.setLong(1, to);
            st.setLong(2, from);
            st.executeUpdate();
        }
    }
}
