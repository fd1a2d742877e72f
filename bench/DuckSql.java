import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;

/**
 * Runs a file of hand-written SQL through the DuckDB JDBC driver (the DuckDB CLI is not installed here), printing
 * each statement's time and the first rows of any result. Usage: java -cp duckdb_jdbc.jar DuckSql.java DB SQLFILE
 */
public class DuckSql {
    public static void main(String[] args) throws Exception {
        String script = Files.readString(Path.of(args[1]));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
                Statement s = c.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (sql.strip().isEmpty() || sql.strip().startsWith("--") && !sql.contains("\n")) {
                    continue;
                }
                long t0 = System.nanoTime();
                boolean rows = s.execute(sql);
                int shown = 0;
                if (rows) {
                    try (ResultSet r = s.getResultSet()) {
                        ResultSetMetaData m = r.getMetaData();
                        while (r.next()) {
                            if (shown++ < 5) {
                                StringBuilder line = new StringBuilder("  ");
                                for (int i = 1; i <= m.getColumnCount(); i++) {
                                    line.append(i > 1 ? " | " : "").append(r.getString(i));
                                }
                                System.out.println(line);
                            }
                        }
                    }
                }
                System.out.printf("%8.0f ms  %s%n", (System.nanoTime() - t0) / 1e6,
                        sql.strip().replaceAll("\\s+", " ").substring(0, Math.min(80, sql.strip().replaceAll("\\s+", " ").length())));
            }
        }
    }
}
