package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
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
import uk.crs.analytics.Answer;
import uk.crs.analytics.records.RecordsSecret;
import uk.crs.analytics.reoffending.Comparison;
import uk.crs.analytics.reoffending.ComparisonReport;
import uk.crs.analytics.reoffending.Reoffending;
import uk.crs.analytics.reoffending.ReoffendingOutput;
import uk.crs.analytics.reoffending.ReoffendingReport;
import uk.crs.analytics.reoffending.ReoffendingRequest;
import uk.crs.store.StoreSettings;

/** {@code crs reoffending}: re-offending per pathway from a force's records, the Ministry of Justice way. */
@Command(
        name = "reoffending",
        description = {
            "Re-offending after each pathway (outcomes 1, 2, 3, 6, 7, 8, 22, 23) from a force's own records extract"
                    + " (crs ingest --format force-records): proven and sanctioned measures, 12 months' follow-up"
                    + " and a 6-month waiting period. See docs/reoffending.md.",
            "With --compare A --with B (and --internal): the two pathways compared on exactly matched people.",
            "Counts are perturbed by the cell key method (docs/analytics.md, Disclosure control) unless --internal,"
                    + " which shows true counts for analysis inside the force only. The matched comparison has no"
                    + " published version yet: it needs --internal.",
            "Exit codes: 0 done; 2 bad options, nothing loaded, an immature cohort or a refused comparison."
        })
final class ReoffendingCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, description = "First month of index outcome dates, YYYY-MM.")
    String from = "";

    @Option(names = "--to", required = true, description = "Last month of index outcome dates, YYYY-MM.")
    String to = "";

    @Option(names = "--as-at", description = "The date the records are complete to (default: the extract's own).")
    @Nullable
    String asAt;

    @Option(names = "--force", description = "The force, by slug (needed when several forces' records are loaded).")
    @Nullable
    String force;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    String format = "text";

    @Option(names = "--compare", description = "Outcome type of the pathway to compare (e.g. 8).")
    @Nullable
    String compare;

    @Option(names = "--with", description = "Outcome type of the pathway to compare it with (e.g. 3).")
    @Nullable
    String with;

    @Option(names = "--internal", description = "True counts: not for publication.")
    boolean internal;

    ReoffendingCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReoffendingRequest request;
        try {
            if (!format.equals("text") && !format.equals("json")) {
                throw new IllegalArgumentException("--format must be text or json, found '" + format + "'");
            }
            if ((compare == null) != (with == null)) {
                throw new IllegalArgumentException("--compare and --with go together");
            }
            request = new ReoffendingRequest(
                    Optional.ofNullable(force), month("--from", from), month("--to", to), date("--as-at", asAt));
        } catch (IllegalArgumentException e) {
            err.println("crs reoffending: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        if (compare != null && with != null) {
            Answer<int[]> arms = Comparison.pathways(compare, with);
            if (arms instanceof Answer.Refused<int[]> r) {
                err.println("crs reoffending: " + r.reason());
                return CrsCommand.BAD_INPUT;
            }
        }
        StoreSettings settings = StoreSettings.from(environment::get);
        if (!Files.exists(settings.analyticsFile())) {
            err.println("crs reoffending: no analytics store at " + settings.analyticsFile()
                    + "; load a force records extract first (crs ingest --format force-records FILE)");
            return CrsCommand.BAD_INPUT;
        }
        try (AnalyticsStore store = AnalyticsStore.open(settings.analyticsFile())) {
            Reoffending reoffending = new Reoffending(store);
            if (compare != null && with != null) {
                if (!internal) {
                    err.println("crs reoffending: --compare shows true counts of matched people, for analysis inside"
                            + " the force only, and has no published version yet; add --internal");
                    return CrsCommand.BAD_INPUT;
                }
                Answer<ComparisonReport> answer = new Comparison(reoffending).compare(request, compare, with);
                if (answer instanceof Answer.Refused<ComparisonReport> r) {
                    err.println("crs reoffending: " + r.reason());
                    return CrsCommand.BAD_INPUT;
                }
                ComparisonReport report = ((Answer.Given<ComparisonReport>) answer).value();
                out.print(format.equals("json") ? ReoffendingOutput.json(report) : ReoffendingOutput.text(report));
            } else {
                Answer<ReoffendingReport> answer = reoffending.measure(
                        request, internal ? Optional.empty() : Optional.of(RecordsSecret.perturbation(store)));
                if (answer instanceof Answer.Refused<ReoffendingReport> r) {
                    err.println("crs reoffending: " + r.reason());
                    return CrsCommand.BAD_INPUT;
                }
                ReoffendingReport report = ((Answer.Given<ReoffendingReport>) answer).value();
                out.print(format.equals("json") ? ReoffendingOutput.json(report) : ReoffendingOutput.text(report));
            }
        }
        out.flush();
        return 0;
    }

    static YearMonth month(String option, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a month YYYY-MM, found '" + value + "'");
        }
    }

    private static Optional<LocalDate> date(String option, @Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date YYYY-MM-DD, found '" + value + "'");
        }
    }
}
