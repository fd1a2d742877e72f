package uk.crs.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import uk.crs.analytics.AnalyticsStore;

/**
 * Ingests files, folders (searched recursively) and ZIP archives into the analytics store; each CSV is one transaction
 * and a file that cannot be loaded whole is refused whole.
 */
public final class Ingestion {

    private final AnalyticsStore store;
    private final Clock clock;

    public Ingestion(AnalyticsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public IngestSummary ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        Instant start = clock.instant();
        List<FileResult> results = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                results.add(new FileResult.Rejected(path.toString(), "no such file or folder"));
            } else {
                inputs.addAll(expand(path));
            }
        }
        listener.started(inputs.stream().mapToLong(Ingestion::size).sum());
        Path workDir = workDir();
        try {
            FileIngest fileIngest = new FileIngest(store.connection(), options.maxRejectRate());
            TextPreparation preparation = new TextPreparation(workDir);
            for (Path input : inputs) {
                if (isZip(input)) {
                    results.addAll(ingestArchive(input, options, fileIngest, preparation));
                } else {
                    results.add(ingestFile(input, options, fileIngest, preparation));
                }
                listener.advanced(input.toString(), size(input));
            }
        } finally {
            deleteQuietly(workDir);
        }
        return new IngestSummary(results, Duration.between(start, clock.instant()));
    }

    private FileResult ingestFile(
            Path file, IngestOptions options, FileIngest fileIngest, TextPreparation preparation) {
        try {
            return load(preparation.prepare(file), options, fileIngest);
        } catch (FileRejected e) {
            return new FileResult.Rejected(file.toString(), String.valueOf(e.getMessage()));
        } catch (IOException e) {
            return new FileResult.Rejected(file.toString(), "cannot read: " + String.valueOf(e.getMessage()));
        }
    }

    /** An archive's entries are loaded one by one; an archive that cannot be opened (truncated) is refused whole. */
    private List<FileResult> ingestArchive(
            Path archive, IngestOptions options, FileIngest fileIngest, TextPreparation preparation) {
        List<FileResult> results = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<? extends ZipEntry> entries = csvEntries(zip);
            for (ZipEntry entry : entries) {
                String name = archive + "!" + entry.getName();
                try (InputStream in = zip.getInputStream(entry)) {
                    results.add(load(preparation.prepare(in, name), options, fileIngest));
                } catch (FileRejected e) {
                    results.add(new FileResult.Rejected(name, String.valueOf(e.getMessage())));
                } catch (IOException e) {
                    results.add(
                            new FileResult.Rejected(name, "damaged archive entry: " + String.valueOf(e.getMessage())));
                }
            }
        } catch (ZipException e) {
            results.add(new FileResult.Rejected(
                    archive.toString(),
                    "not a readable ZIP archive (truncated or damaged): " + String.valueOf(e.getMessage())));
        } catch (IOException e) {
            results.add(new FileResult.Rejected(archive.toString(), "cannot read: " + String.valueOf(e.getMessage())));
        }
        return results;
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

    private FileResult load(PreparedFile file, IngestOptions options, FileIngest fileIngest) throws FileRejected {
        try {
            if (fileIngest.alreadyLoaded(file.sha256())) {
                return new FileResult.AlreadyLoaded(file.name(), file.sha256());
            }
            Header header = HeaderLine.read(file);
            Loader loader = KindDetection.detect(file.name(), header, options.counts());
            String dataset = options.dataset().orElseGet(() -> datasetName(file.name()));
            return fileIngest.load(loader, new FileContext(file, header, dataset), clock.instant());
        } catch (SQLException e) {
            throw new FileRejected(file.name() + ": " + String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String datasetName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('!')) + 1);
        return base.toLowerCase(Locale.ROOT).endsWith(".csv") ? base.substring(0, base.length() - 4) : base;
    }

    private static List<Path> expand(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".csv") || n.endsWith(".zip");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path workDir() {
        try {
            return Files.createTempDirectory("crs-ingest-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the run's result matters more.
        }
    }
}
