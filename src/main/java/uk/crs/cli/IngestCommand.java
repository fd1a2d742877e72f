package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
                    + " its header. Re-ingesting a file changes nothing; for each force and month the download of the"
                    + " latest vintage is kept, whatever the order of ingestion.",
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
            names = "--vintage",
            paramLabel = "YYYY-MM",
            description = "The download's vintage: the latest month of the data.police.uk archive the files came"
                    + " from (default: worked out from the archive or folder layout). For each force and month, the"
                    + " latest vintage is kept, whatever the order of ingestion.")
    @Nullable
    String vintage;

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
        IngestOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("crs ingest: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        if (format.equalsIgnoreCase(ForceRecordsIngestRun.FORMAT)) {
            return ForceRecordsIngestRun.run(environment, paths, options.maxRejectRate(), out, err);
        }
        StoreSettings settings = StoreSettings.from(environment::get);
        Timing timing = Timing.of(environment.get("CRS_TIMING").isPresent());
        IngestSummary summary;
        long t = timing.start();
        try (AnalyticsStore store = AnalyticsStore.open(settings.analyticsFile(), timing);
                Progress progress = Progress.create(err)) {
            timing.add("open store", t);
            summary = new Ingestion(store, Clock.systemUTC(), timing).ingest(paths, options, progress);
            t = timing.start();
        }
        timing.add("close store (checkpoint)", t);
        timing.print("ingest", err);
        for (FileResult file : summary.files()) {
            (file instanceof FileResult.Rejected ? err : out).println(file.describe());
        }
        long superseded = summary.files().stream()
                .filter(FileResult.Superseded.class::isInstance)
                .count();
        out.printf(
                "Summary: %s (%d loaded, %d already ingested, %s%d refused), %s loaded, rows rejected %s,"
                        + " %.1f s; store %s%n",
                plural(summary.files().size(), "file", "files"),
                summary.loaded().size(),
                summary.files().stream()
                        .filter(FileResult.AlreadyLoaded.class::isInstance)
                        .count(),
                superseded == 0 ? "" : superseded + " kept aside as older downloads, ",
                summary.rejectedFiles().size(),
                plural(summary.rowsLoaded(), "row", "rows"),
                summary.rejectedByReason().isEmpty() ? "none" : summary.rejectedByReason(),
                summary.elapsed().toMillis() / 1000.0,
                settings.analyticsFile());
        return summary.succeeded() ? 0 : CrsCommand.BAD_INPUT;
    }

    private IngestOptions options() {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("auto") && !kind.equals("counts") && !kind.equals(ForceRecordsIngestRun.FORMAT)) {
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
        Optional<YearMonth> given;
        try {
            given = vintage == null ? Optional.empty() : Optional.of(YearMonth.parse(vintage));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--vintage must be YYYY-MM, found '" + vintage + "'");
        }
        return new IngestOptions(maxRejectRate, layout, Optional.ofNullable(dataset), given);
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * Progress on stderr: on a terminal, a bar with files done, megabytes and the rate; otherwise (a log, a pipe) one
     * plain line per file, so a long ingest is never silent.
     */
    private static final class Progress implements IngestListener, AutoCloseable {

        private final PrintWriter err;
        private final boolean terminal;
        private @Nullable ProgressBar bar;
        private int files;
        private int done;
        private long started;

        private Progress(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        static Progress create(PrintWriter err) {
            return new Progress(err, System.console() != null);
        }

        @Override
        public void started(int files, long totalBytes) {
            this.files = files;
            this.started = System.nanoTime();
            if (terminal) {
                bar = new ProgressBarBuilder()
                        .setTaskName("Ingesting")
                        .setInitialMax(Math.max(1, totalBytes / 1024))
                        .setUnit(" MB", 1024)
                        .showSpeed()
                        .setStyle(ProgressBarStyle.ASCII)
                        .build();
            }
        }

        @Override
        public void advanced(String name, long bytes) {
            done++;
            if (bar != null) {
                bar.stepBy(bytes / 1024);
                bar.setExtraMessage(done + "/" + files + " files");
            } else {
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                err.printf(Locale.ROOT, "read %d/%d: %s (%.1f s)%n", done, files, name, seconds);
                err.flush();
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
