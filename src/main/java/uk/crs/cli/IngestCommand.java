package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.Timing;
import uk.crs.analytics.ingest.CountsLayout;
import uk.crs.analytics.ingest.FileResult;
import uk.crs.analytics.ingest.IngestListener;
import uk.crs.analytics.ingest.IngestOptions;
import uk.crs.analytics.ingest.IngestSummary;
import uk.crs.analytics.ingest.Ingestion;
import uk.crs.store.StoreSettings;

/** {@code crs ingest}: loads open data into the analytics store. */
@Command(
        name = "ingest",
        description = {
            "Load data.police.uk street and outcomes files, Home Office crime outcomes tables, or aggregated count"
                    + " tables into $CRS_HOME/analytics.duckdb.",
            "PATH may be a file, a folder (searched recursively) or a ZIP archive. The kind of file is recognised by"
                    + " its header. Re-ingesting a file changes nothing; a newer download of the same force and"
                    + " month replaces the older one.",
            "Exit codes: 0 all loaded; 2 some file was refused (bad input; the store keeps everything else)."
        })
final class IngestCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or ZIP archives.")
    List<Path> paths;

    @Option(
            names = "--format",
            description =
                    "auto (default: recognise by header), counts, or force-records (a force's own records extract,"
                            + " docs/force-records.md).")
    String format = "auto";

    @Option(
            names = "--columns",
            description = "For --format counts: roles of columns, e.g. year=Year,count=f0_,force=reported_by,"
                    + "crimeType=crime_type,outcome=last_outcome_category (outcome=* for a force-by-outcome pivot).")
    @Nullable
    String columns;

    @Option(
            names = "--dataset",
            description = "For --format counts: the name the table is stored under" + " (default: the file name).")
    @Nullable
    String dataset;

    @Option(
            names = "--max-reject-rate",
            defaultValue = "0.01",
            description = "Largest share of a file's rows that may be rejected (default: ${DEFAULT-VALUE}).")
    double maxRejectRate;

    IngestCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (format.equalsIgnoreCase(ForceRecordsIngestRun.FORMAT)) {
            return ForceRecordsIngestRun.run(
                    environment, paths, maxRejectRate, columns != null || dataset != null, out, err);
        }
        IngestOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("crs ingest: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        StoreSettings settings = StoreSettings.from(environment::get);
        Timing.enable(environment.get("CRS_TIMING").isPresent());
        IngestSummary summary;
        long t = Timing.start();
        try (AnalyticsStore store = AnalyticsStore.open(settings.analyticsFile());
                TerminalProgress progress = TerminalProgress.create()) {
            Timing.add("open store", t);
            summary = new Ingestion(store, Clock.systemUTC()).ingest(paths, options, progress);
            t = Timing.start();
        }
        Timing.add("close store (checkpoint)", t);
        Timing.print("ingest", err);
        for (FileResult file : summary.files()) {
            (file instanceof FileResult.Rejected ? err : out).println(file.describe());
        }
        out.printf(
                "Summary: %d files (%d loaded, %d already ingested, %d refused), %d rows loaded, rows rejected %s,"
                        + " %.1f s; store %s%n",
                summary.files().size(),
                summary.loaded().size(),
                summary.files().stream()
                        .filter(FileResult.AlreadyLoaded.class::isInstance)
                        .count(),
                summary.rejectedFiles().size(),
                summary.rowsLoaded(),
                summary.rejectedByReason().isEmpty() ? "none" : summary.rejectedByReason(),
                summary.elapsed().toMillis() / 1000.0,
                settings.analyticsFile());
        return summary.succeeded() ? 0 : CrsCommand.BAD_INPUT;
    }

    private IngestOptions options() {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("auto") && !kind.equals("counts")) {
            throw new IllegalArgumentException(
                    "--format must be auto, counts or force-records, found '" + format + "'");
        }
        if (kind.equals("counts") && columns == null) {
            throw new IllegalArgumentException("--format counts needs --columns role=Column,...");
        }
        if (!kind.equals("counts") && (columns != null || dataset != null)) {
            throw new IllegalArgumentException("--columns and --dataset apply only with --format counts");
        }
        Optional<CountsLayout> layout = columns == null ? Optional.empty() : Optional.of(CountsLayout.parse(columns));
        return new IngestOptions(maxRejectRate, layout, Optional.ofNullable(dataset));
    }

    /** A progress bar on stderr, drawn only when the output is a terminal. */
    private static final class TerminalProgress implements IngestListener, AutoCloseable {

        private @Nullable ProgressBar bar;
        private final boolean terminal;

        private TerminalProgress(boolean terminal) {
            this.terminal = terminal;
        }

        static TerminalProgress create() {
            return new TerminalProgress(System.console() != null);
        }

        @Override
        public void started(long totalBytes) {
            if (terminal) {
                bar = new ProgressBarBuilder()
                        .setTaskName("Ingesting")
                        .setInitialMax(Math.max(1, totalBytes / 1024))
                        .setUnit(" MB", 1024)
                        .setStyle(ProgressBarStyle.ASCII)
                        .build();
            }
        }

        @Override
        public void advanced(String name, long bytes) {
            if (bar != null) {
                bar.stepBy(bytes / 1024);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
