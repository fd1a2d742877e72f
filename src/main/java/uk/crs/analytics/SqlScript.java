package uk.crs.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** SQL kept in {@code src/main/resources/analytics/*.sql}, split into statements. */
public final class SqlScript {

    private SqlScript() {}

    /** The text of {@code analytics/<name>}. */
    public static String load(String name) {
        try (InputStream in = SqlScript.class.getResourceAsStream("/analytics/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource analytics/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Statements separated by a semicolon at the end of a line; {@code --} comment lines are dropped. */
    public static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return Arrays.stream(clean.toString().split(";\\s*(\n|$)"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A SQL string literal. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
