package uk.crs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.Timing;
import uk.crs.analytics.report.PeriodMode;
import uk.crs.analytics.report.Report;
import uk.crs.analytics.report.ReportFormat;
import uk.crs.analytics.report.ReportRequest;
import uk.crs.analytics.report.Reporting;
import uk.crs.analytics.report.Source;
import uk.crs.store.StoreSettings;

/** {@code crs report}: community-resolution counts, shares and funnel plot from the analytics store. */
@Command(
        name = "report",
        description = {
            "Report community-resolution use nationally, by force, year and crime type from"
                    + " $CRS_HOME/analytics.duckdb (load data first with crs ingest).",
            "Exit codes: 0 done; 2 invalid options or nothing loaded for the source."
        })
final class ReportCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", defaultValue = "police-uk", description = "police-uk (default), home-office or counts.")
    String source;

    @Option(names = "--from", description = "First month, YYYY-MM.")
    @Nullable
    String from;

    @Option(names = "--to", description = "Last month, YYYY-MM.")
    @Nullable
    String to;

    @Option(names = "--force", description = "One force, by data.police.uk slug (e.g. durham).")
    @Nullable
    String force;

    @Option(names = "--dataset", description = "For --source counts: which loaded count table.")
    @Nullable
    String dataset;

    @Option(names = "--basis", description = "For --source home-office: which count column (count basis).")
    @Nullable
    String basis;

    @Option(
            names = "--period",
            defaultValue = "common",
            description = "common (default): only months loaded for every force with outcome data, so forces are"
                    + " compared over the same months; all: every month loaded. The report says which.")
    String period = "common";

    @Option(names = "--format", defaultValue = "html", description = "html (default), json or csv.")
    ReportFormat format;

    @Option(names = "--out", description = "Write to this file instead of standard output.")
    @Nullable
    Path out;

    @Option(
            names = "--no-suppression",
            description = "Show small counts in full (the default: these open data are published record by record).")
    boolean noSuppression;

    @Option(
            names = "--suppress",
            description = "Show counts 1-9 as <10 and withhold cells linked to them by totals, in any format.")
    boolean suppress;

    ReportCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportRequest request;
        try {
            String forceSlug = null;
            if (force != null) {
                ForceOption.Result read = ForceOption.read("--force", force, f -> true);
                if (read.slug() == null) {
                    throw new IllegalArgumentException(read.refusal());
                }
                forceSlug = read.slug();
            }
            request = new ReportRequest(
                    Source.of(source),
                    month("--from", from),
                    month("--to", to),
                    Optional.ofNullable(forceSlug),
                    Optional.ofNullable(dataset),
                    Optional.ofNullable(basis),
                    Optional.empty(),
                    PeriodMode.of(period));
        } catch (IllegalArgumentException e) {
            err.println("crs report: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        StoreSettings settings = StoreSettings.from(environment::get);
        Timing timing = Timing.of(environment.get("CRS_TIMING").isPresent());
        if (!Files.exists(settings.analyticsFile())) {
            err.println("crs report: no analytics store at " + settings.analyticsFile() + "; run crs ingest first");
            return CrsCommand.BAD_INPUT;
        }
        String text;
        long t = timing.start();
        try (AnalyticsStore store = AnalyticsStore.open(settings.analyticsFile(), timing)) {
            timing.add("1 open store", t);
            t = timing.start();
            Report report = new Reporting(store).report(request);
            timing.add("2 query", t);
            t = timing.start();
            boolean suppressed = suppress && !noSuppression;
            text = Reporting.render(report, format, suppressed);
            timing.add("3 render", t);
            t = timing.start();
        } catch (IllegalArgumentException e) {
            err.println("crs report: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        timing.add("4 close store", t);
        timing.print("report, in-process", err);
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("crs report: --out " + out + ": the folder " + folder + " does not exist");
            return CrsCommand.BAD_INPUT;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("crs report: --out " + out + ": cannot write the file ("
                    + e.getClass()
                            .getSimpleName()
                            .replace("Exception", "")
                            .replaceAll("([a-z])([A-Z])", "$1 $2")
                            .toLowerCase(java.util.Locale.ROOT)
                    + ")");
            return CrsCommand.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + out);
        return 0;
    }

    private static Optional<YearMonth> month(String option, @Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be YYYY-MM, found '" + value + "'");
        }
    }
}
