package uk.crs.cli;

import org.slf4j.LoggerFactory;

/**
 * Keeps libraries' progress messages (Flyway's "Migrating schema ...") off the output of one-shot commands, which
 * print only their result; warnings and errors still show.
 */
final class QuietLibraries {

    private QuietLibraries() {}

    static void warningsOnly() {
        level(org.slf4j.Logger.ROOT_LOGGER_NAME, ch.qos.logback.classic.Level.WARN);
    }

    /**
     * For {@code crs serve} before Spring configures logging (application.properties): crs's own progress (the embedded
     * server starting) and libraries' warnings.
     */
    static void progressOnly() {
        warningsOnly();
        level("uk.crs", ch.qos.logback.classic.Level.INFO);
    }

    private static void level(String name, ch.qos.logback.classic.Level level) {
        if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(level);
        }
    }
}
