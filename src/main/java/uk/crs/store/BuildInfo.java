package uk.crs.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build, read from the filtered {@code crs-version.properties} resource. */
public final class BuildInfo {

    private BuildInfo() {}

    public static String version() {
        return properties().getProperty("version", "unknown");
    }

    /** The version of the bundled PostgreSQL server programs, such as {@code 17.7.0}. */
    public static String postgresVersion() {
        return properties().getProperty("postgresql", "unknown");
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/crs-version.properties")) {
            if (in == null) {
                return properties;
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
