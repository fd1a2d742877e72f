package uk.crs.policy.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.crs.policy.CatalogueProblem;
import uk.crs.policy.InvalidOffenceCatalogueException;
import uk.crs.policy.Offence;

/** Reads the offence catalogue CSV, collecting every bad value with its line and column before failing. */
public final class OffenceCatalogueCsv {

    /** The header the file must start with; other helpers and scripts rely on these names. */
    public static final List<String> HEADER = List.of(
            "code",
            "description",
            "offence_group",
            "offence_subgroup",
            "mode_of_trial",
            "flags",
            "mode_of_trial_source",
            "note");

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private OffenceCatalogueCsv() {}

    /**
     * Parses the whole input.
     *
     * @throws InvalidOffenceCatalogueException listing every problem found, each with its line and column
     */
    public static List<Offence> read(Reader csv, String source) {
        List<CatalogueProblem> problems = new ArrayList<>();
        List<Offence> offences = new ArrayList<>();
        Map<String, Long> seenCodes = new HashMap<>();
        long lastLine = 0;
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long startLine = startLine(record, parser.getCurrentLineNumber());
                lastLine = parser.getCurrentLineNumber();
                if (header) {
                    checkHeader(record, source, problems);
                    header = false;
                } else {
                    RowReader row = new RowReader(record, source, startLine, problems);
                    Offence offence = row.offence();
                    if (offence != null) {
                        Long earlier = seenCodes.putIfAbsent(offence.code().toUpperCase(Locale.ROOT), startLine);
                        if (earlier != null) {
                            problems.add(new CatalogueProblem(
                                    source,
                                    startLine,
                                    "code",
                                    "duplicate code '" + offence.code() + "', first seen on line " + earlier));
                        } else {
                            offences.add(offence);
                        }
                    }
                }
            }
            if (header) {
                problems.add(new CatalogueProblem(source, 1, "header", "file is empty, expected header " + HEADER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read offence catalogue " + source, e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed quoting this way; the bad record starts after the last good one
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problems.add(new CatalogueProblem(
                    source, lastLine + 1, "(quoting)", "malformed CSV: " + String.valueOf(cause.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOffenceCatalogueException(problems);
        }
        return offences;
    }

    /** The line a record starts on, given the line it ends on: quoted values may contain line breaks. */
    private static long startLine(CSVRecord record, long endLine) {
        long breaks = 0;
        for (String value : record) {
            // "\r\n" is one break, as the CSV lexer counts it
            breaks += value.replace("\r\n", "\n")
                    .chars()
                    .filter(c -> c == '\n' || c == '\r')
                    .count();
        }
        return endLine - breaks;
    }

    private static void checkHeader(CSVRecord record, String source, List<CatalogueProblem> problems) {
        List<String> found = record.toList();
        if (!found.isEmpty()) {
            found.set(0, stripByteOrderMark(found.get(0)));
        }
        if (!found.equals(HEADER)) {
            problems.add(new CatalogueProblem(source, 1, "header", "expected " + HEADER + ", found " + found));
        }
    }

    private static String stripByteOrderMark(String value) {
        return value.startsWith("\uFEFF") ? value.substring(1) : value;
    }
}
