package uk.crs.analytics.ingest;

import java.util.Map;

/** What happened to one file of an ingest run. */
public sealed interface FileResult {

    String name();

    /** One line for the run summary. */
    String describe();

    /** Loaded in one transaction; {@code rejected} counts rows set aside in the rejects table, by reason. */
    record Loaded(String name, FileKind kind, long rows, Map<String, Long> rejected, int superseded)
            implements FileResult {
        public Loaded {
            rejected = Map.copyOf(rejected);
        }

        public long rejectedRows() {
            return rejected.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public String describe() {
            return name + ": loaded " + rows + (rows == 1 ? " row as " : " rows as ") + kind.description()
                    + (rejected.isEmpty() ? "" : ", rejected " + rejectedRows() + " " + rejected)
                    + (superseded > 0 ? ", replacing an older download of the same force and period" : "");
        }
    }

    /**
     * An older download (earlier vintage) than the file the store holds for the same force and month: recorded as
     * superseded, its rows not loaded, so the order of ingestion never lets an older download replace a newer one.
     */
    record Superseded(String name, FileKind kind, String newer) implements FileResult {
        @Override
        public String describe() {
            return name + ": an older download than " + newer
                    + ", which stays current; recorded as superseded, no rows loaded";
        }
    }

    /** The same bytes (sha256) were ingested before, so nothing changed. */
    record AlreadyLoaded(String name, String sha256) implements FileResult {
        @Override
        public String describe() {
            return name + ": already ingested (sha256 " + sha256.substring(0, 12) + "...), nothing changed";
        }
    }

    /** Refused whole; the store is unchanged. */
    record Rejected(String name, String reason) implements FileResult {
        @Override
        public String describe() {
            return reason.startsWith(name) ? "REJECTED " + reason : "REJECTED " + name + ": " + reason;
        }
    }
}
