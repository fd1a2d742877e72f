package uk.crs.analytics.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The vintage of a data.police.uk download: the latest month its archive or folder covers. data.police.uk archives
 * hold one {@code YYYY-MM/} folder per month, each with {@code YYYY-MM-<force>-<kind>.csv} files, and every file of
 * one download carries that download's last outcomes; so the latest month of the download tells downloads apart
 * (the City of London 2016-11 outcomes: the complete download covers up to 2017-06, the partial one up to
 * 2017-01). A folder of flat {@code YYYY-MM-...csv} files counts the same way. {@code --vintage YYYY-MM} overrides.
 * When none of this applies the vintage is empty and the store takes the latest month of the file's own rows.
 */
final class Vintages {

    private static final Pattern MONTH = Pattern.compile("(\\d{4}-(0[1-9]|1[0-2]))(-.*)?");

    private final Optional<YearMonth> given;
    private final Map<Path, Optional<YearMonth>> folders = new HashMap<>();

    Vintages(Optional<YearMonth> given) {
        this.given = given;
    }

    /** The vintage of a plain file, from the folder layout around it. */
    Optional<YearMonth> of(Path file) {
        if (given.isPresent()) {
            return given;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) {
            return Optional.empty();
        }
        if (month(parent.getFileName().toString()).isPresent() && parent.getParent() != null) {
            // archive layout: <download>/YYYY-MM/YYYY-MM-<force>-<kind>.csv
            return folders.computeIfAbsent(parent.getParent(), Vintages::latestMonthFolder);
        }
        if (month(file.getFileName().toString()).isPresent()) {
            return folders.computeIfAbsent(parent, Vintages::latestMonthFile);
        }
        return Optional.empty();
    }

    /** The vintage of an archive, from the month folders and file names of its entries. */
    Optional<YearMonth> ofArchive(List<String> entryNames) {
        if (given.isPresent()) {
            return given;
        }
        return entryNames.stream()
                .flatMap(name -> Stream.of(name.split("/")))
                .map(Vintages::month)
                .flatMap(Optional::stream)
                .max(YearMonth::compareTo);
    }

    private static Optional<YearMonth> latestMonthFolder(Path download) {
        return latest(download, true);
    }

    private static Optional<YearMonth> latestMonthFile(Path folder) {
        return latest(folder, false);
    }

    private static Optional<YearMonth> latest(Path folder, boolean folders) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> Files.isDirectory(p) == folders)
                    .map(p -> month(p.getFileName().toString()))
                    .flatMap(Optional::stream)
                    .max(YearMonth::compareTo);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Why a file is refused when another download of the same vintage, with different content, is held. */
    static String conflict(String other, String vintage, String force, String month) {
        return "a different download of the same vintage (" + vintage + ") as " + other + " for " + force + " "
                + month + "; which is newer cannot be told, so this one is refused: give the newer download's"
                + " vintage with --vintage YYYY-MM (the latest month of the archive it came from)";
    }

    static Optional<YearMonth> month(String name) {
        Matcher m = MONTH.matcher(name);
        return m.matches() ? Optional.of(YearMonth.parse(m.group(1))) : Optional.empty();
    }
}
