package uk.crs.analytics.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outcome of an ingest run: one result per file and the time taken. */
public record IngestSummary(List<FileResult> files, Duration elapsed) {

    public IngestSummary {
        files = List.copyOf(files);
    }

    public long rowsLoaded() {
        return loaded().stream().mapToLong(FileResult.Loaded::rows).sum();
    }

    /** Rejected rows by reason, over all loaded files. */
    public Map<String, Long> rejectedByReason() {
        Map<String, Long> total = new TreeMap<>();
        loaded().forEach(f -> f.rejected().forEach((reason, n) -> total.merge(reason, n, Long::sum)));
        return total;
    }

    public List<FileResult.Rejected> rejectedFiles() {
        return files.stream()
                .filter(FileResult.Rejected.class::isInstance)
                .map(FileResult.Rejected.class::cast)
                .toList();
    }

    public List<FileResult.Loaded> loaded() {
        return files.stream()
                .filter(FileResult.Loaded.class::isInstance)
                .map(FileResult.Loaded.class::cast)
                .toList();
    }

    /** True when every file was loaded or had been loaded before. */
    public boolean succeeded() {
        return rejectedFiles().isEmpty();
    }
}
