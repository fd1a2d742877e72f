package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.Answer;
import uk.crs.analytics.records.Reconciliation;
import uk.crs.analytics.records.ReconciliationOutput;
import uk.crs.store.StoreSettings;

/** {@code crs reconcile}: a force's own records against its published data.police.uk street files. */
@Command(
        name = "reconcile",
        description = {
            "Reconcile a force's records extract (crs ingest --format force-records) with its published data.police.uk"
                    + " street files, at month x crime type, with every difference explained by reason codes or left"
                    + " UNEXPLAINED. See docs/force-records.md.",
            "Exit codes: 0 done (whatever the status); 2 bad options or nothing loaded."
        })
final class ReconcileCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", required = true, description = "The force, by data.police.uk slug (e.g. durham).")
    String force = "";

    @Option(names = "--from", required = true, description = "First recorded month, YYYY-MM.")
    String from = "";

    @Option(names = "--to", required = true, description = "Last recorded month, YYYY-MM.")
    String to = "";

    @Option(
            names = "--vintage",
            description = "Month of the published download (default: the latest month loaded for the force).")
    @Nullable
    String vintage;

    @Option(
            names = "--format",
            defaultValue = "json",
            description = "json (default), csv or html (one self-contained page).")
    String format = "json";

    ReconcileCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        YearMonth first;
        YearMonth last;
        Optional<YearMonth> asked;
        try {
            if (!format.equals("json") && !format.equals("csv") && !format.equals("html")) {
                throw new IllegalArgumentException("--format must be json, csv or html, found '" + format + "'");
            }
            first = ReoffendingCommand.month("--from", from);
            last = ReoffendingCommand.month("--to", to);
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("--to " + last + " is before --from " + first);
            }
            asked = vintage == null ? Optional.empty() : Optional.of(ReoffendingCommand.month("--vintage", vintage));
        } catch (IllegalArgumentException e) {
            err.println("crs reconcile: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        StoreSettings settings = StoreSettings.from(environment::get);
        if (!Files.exists(settings.analyticsFile())) {
            err.println("crs reconcile: no analytics store at " + settings.analyticsFile()
                    + "; load a force records extract first (crs ingest --format force-records FILE)");
            return CrsCommand.BAD_INPUT;
        }
        try (AnalyticsStore store = AnalyticsStore.open(settings.analyticsFile())) {
            Answer<Reconciliation.Result> answer = new Reconciliation(store).reconcile(force, first, last, asked);
            if (answer instanceof Answer.Refused<Reconciliation.Result> r) {
                err.println("crs reconcile: " + r.reason());
                return CrsCommand.BAD_INPUT;
            }
            Reconciliation.Result result = ((Answer.Given<Reconciliation.Result>) answer).value();
            out.print(
                    format.equals("json")
                            ? ReconciliationOutput.json(result)
                            : format.equals("html")
                                    ? ReconciliationOutput.html(result)
                                    : ReconciliationOutput.csv(result));
        }
        out.flush();
        return 0;
    }
}
