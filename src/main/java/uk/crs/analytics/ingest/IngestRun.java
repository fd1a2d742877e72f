package uk.crs.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import uk.crs.analytics.Timing;

/** One ingest run: prepares each input, loads street files in groups and every other file in its own transaction. */
final class IngestRun {
    /**
     * Street files are grouped into one scan and commit (see {@link StreetBatch}), up to a size that starts small and
     * doubles to this limit: fewer, larger scans keep both cores busy (10 million rows: 6.7 s in 64 MB groups, 5.5 s
     * in 256 MB), while a small first group lets DuckDB start as soon as the first files are hashed. A group's cell
     * counts and crime keys take about a sixth of its size in DuckDB's memory, well inside the store's limit.
     */
    private static final long MAX_BATCH_BYTES = 512L << 20;

    private long batchBytes = 32L << 20;

    private final Clock clock;
    private final IngestOptions options;
    private final TextPreparation preparation;
    private final Vintages vintages;
    private final Timing timing;
    private final List<FileResult> results;
    private final FileIngest single;
    private final StreetBatch batch;
    private final List<PreparedFile> pending = new ArrayList<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    /** Hashes of the files already in the store, read once: one query per file cost half a second per 500 files. */
    private final java.util.Set<String> loadedBefore;

    private long pendingBytes;

    IngestRun(
            Connection connection,
            Clock clock,
            IngestOptions options,
            TextPreparation preparation,
            Vintages vintages,
            List<FileResult> results,
            Timing timing)
            throws SQLException {
        this.clock = clock;
        this.options = options;
        this.preparation = preparation;
        this.vintages = vintages;
        this.results = results;
        this.timing = timing;
        this.single = new FileIngest(connection, options.maxRejectRate());
        this.batch = new StreetBatch(connection, options.maxRejectRate(), timing);
        this.loadedBefore = single.loadedHashes();
    }

    /** A plain file, whose hash and text check ({@link TextPreparation}) may have been computed ahead. */
    void file(Path file, Future<PreparedFile> prepared) throws SQLException {
        try {
            long t = timing.start();
            PreparedFile ready = prepared.get();
            timing.add("wait for sha256", t);
            accept(ready);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof FileRejected
                    ? String.valueOf(cause.getMessage())
                    : "cannot read: " + (cause == null ? e.getMessage() : cause.getMessage());
            results.add(new FileResult.Rejected(file.toString(), why));
        } catch (IOException e) {
            results.add(new FileResult.Rejected(file.toString(), "cannot read: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    /** An archive's entries are loaded one by one; an archive that cannot be opened is refused whole. */
    void archive(Path archive) throws SQLException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<? extends ZipEntry> entries = csvEntries(zip);
            java.util.Optional<java.time.YearMonth> vintage =
                    vintages.ofArchive(entries.stream().map(ZipEntry::getName).toList());
            for (ZipEntry entry : entries) {
                String name = archive + "!" + entry.getName();
                try (InputStream in = zip.getInputStream(entry)) {
                    accept(preparation.prepare(in, name, vintage));
                } catch (FileRejected e) {
                    results.add(new FileResult.Rejected(name, String.valueOf(e.getMessage())));
                } catch (IOException e) {
                    results.add(new FileResult.Rejected(name, "damaged archive entry: " + e.getMessage()));
                }
            }
        } catch (ZipException e) {
            results.add(new FileResult.Rejected(
                    archive.toString(), "not a readable ZIP archive (truncated or damaged): " + e.getMessage()));
        } catch (IOException e) {
            results.add(new FileResult.Rejected(archive.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private void accept(PreparedFile file) throws SQLException, IOException {
        if (!seen.add(file.sha256()) || loadedBefore.contains(file.sha256())) {
            results.add(new FileResult.AlreadyLoaded(file.name(), file.sha256()));
            return;
        }
        Loader loader;
        Header header;
        long t = timing.start();
        try {
            header = HeaderLine.read(file);
            loader = KindDetection.detect(file.name(), header, options.counts());
            timing.add("header and kind", t);
        } catch (FileRejected e) {
            results.add(new FileResult.Rejected(file.name(), String.valueOf(e.getMessage())));
            return;
        }
        if (loader.kind() == FileKind.STREET) {
            pending.add(file);
            pendingBytes += file.bytes();
            if (pendingBytes >= batchBytes) {
                batchBytes = Math.min(MAX_BATCH_BYTES, 2 * batchBytes);
                flush();
            }
            return;
        }
        flush();
        results.add(loadOne(file, loader, header));
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        List<PreparedFile> group = List.copyOf(pending);
        pending.clear();
        pendingBytes = 0;
        long t = timing.start();
        java.util.Optional<List<FileResult>> loaded = batch.load(group, clock.instant());
        timing.add("street batch total", t);
        if (loaded.isPresent()) {
            results.addAll(loaded.get());
            return;
        }
        // Some file of the group is unreadable: load each alone so the bad one is named and the rest load.
        for (PreparedFile file : group) {
            try {
                results.add(loadOne(file, new uk.crs.analytics.ingest.policeuk.StreetLoader(), HeaderLine.read(file)));
            } catch (FileRejected | IOException e) {
                results.add(new FileResult.Rejected(file.name(), String.valueOf(e.getMessage())));
            }
        }
    }

    private FileResult loadOne(PreparedFile file, Loader loader, Header header) throws SQLException {
        String dataset = options.dataset().orElseGet(() -> datasetName(file.name()));
        try {
            return single.load(loader, new FileContext(file, header, dataset), clock.instant());
        } catch (FileRejected e) {
            return new FileResult.Rejected(file.name(), String.valueOf(e.getMessage()));
        } catch (SQLException e) {
            // The file's transaction was rolled back; report it and carry on with the other files.
            return new FileResult.Rejected(file.name(), "could not be loaded: " + e.getMessage());
        }
    }

    private static List<? extends ZipEntry> csvEntries(ZipFile zip) {
        List<ZipEntry> entries = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(ZipEntry::getName));
        return entries;
    }

    private static String datasetName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('!')) + 1);
        return base.toLowerCase(Locale.ROOT).endsWith(".csv") ? base.substring(0, base.length() - 4) : base;
    }
}
