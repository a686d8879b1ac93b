package org.memolens.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Every row of the research tables as text: equal dumps mean nothing stored changed. */
final class DatabaseDump {

    static final List<String> TABLES = List.of("memo", "codebook", "code", "codebook_version", "code_snapshot", "coder",
            "coding", "suggestion_rejection", "user_model", "user_model_score");

    private DatabaseDump() {
    }

    static String of(Path db) {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (String table : TABLES) {
                sb.append("# ").append(table).append('\n');
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        sb.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return sb.toString();
    }
}
