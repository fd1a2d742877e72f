package uk.crs.analytics.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What happened to one force records extract. */
public sealed interface IngestResult {

    String name();

    /** One line for the run summary. */
    String describe();

    /** Loaded in one transaction; rows set aside are in the {@code reject} table with their line and reason. */
    record Loaded(
            String name,
            String force,
            long rows,
            Map<String, Long> rejected,
            LocalDate asAt,
            boolean synthetic,
            List<String> replaced)
            implements IngestResult {
        public Loaded {
            rejected = Map.copyOf(rejected);
            replaced = List.copyOf(replaced);
        }

        @Override
        public String describe() {
            long rejectedRows =
                    rejected.values().stream().mapToLong(Long::longValue).sum();
            return name + ": loaded " + rows + " rows as a " + (synthetic ? "SYNTHETIC " : "")
                    + "force records extract ("
                    + force + ", as at " + asAt + ")"
                    + (rejectedRows == 0 ? "" : ", rejected " + rejectedRows + " " + rejected)
                    + (replaced.isEmpty()
                            ? ""
                            : ", replacing the older extract " + String.join(", ", replaced)
                                    + " for the months this one covers");
        }
    }

    /** The same bytes were ingested before; nothing changed. */
    record AlreadyLoaded(String name) implements IngestResult {
        @Override
        public String describe() {
            return name + ": already ingested, nothing changed";
        }
    }

    /** Refused whole; the store is unchanged. */
    record Refused(String name, String reason) implements IngestResult {
        @Override
        public String describe() {
            return "REJECTED " + name + ": " + reason;
        }
    }
}
