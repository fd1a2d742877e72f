package uk.crs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The decision date for commands: {@code CRS_TODAY} when set (for reproducible runs), else today in London. */
final class Today {

    private Today() {}

    /** {@code CRS_TODAY}, else today in London; empty after reporting a malformed {@code CRS_TODAY} on err. */
    static Optional<LocalDate> from(Environment environment, PrintWriter err, String command) {
        Optional<String> text = environment.get("CRS_TODAY");
        if (text.isEmpty()) {
            return Optional.of(LocalDate.now(ZoneId.of("Europe/London")));
        }
        try {
            return Optional.of(LocalDate.parse(text.get().strip()));
        } catch (DateTimeParseException e) {
            err.println(command + ": CRS_TODAY must be a date like 2026-11-21, found '" + text.get() + "'");
            return Optional.empty();
        }
    }
}
