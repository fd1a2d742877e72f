package uk.crs.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The decision date for commands: {@code CRS_TODAY} when set (for reproducible runs), else today in London. */
final class Today {

    private Today() {}

    static LocalDate from(Environment environment) {
        return environment
                .get("CRS_TODAY")
                .map(Today::parse)
                .orElseGet(() -> LocalDate.now(ZoneId.of("Europe/London")));
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("CRS_TODAY must be a date like 2026-11-21, found '" + text + "'", e);
        }
    }
}
