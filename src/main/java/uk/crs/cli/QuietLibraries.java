package uk.crs.cli;

import org.slf4j.LoggerFactory;

/**
 * Keeps libraries' progress messages (Flyway's "Migrating schema ...") off the output of one-shot commands, which
 * print only their result; warnings and errors still show.
 */
final class QuietLibraries {

    private QuietLibraries() {}

    static void warningsOnly() {
        if (LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway) {
            flyway.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
