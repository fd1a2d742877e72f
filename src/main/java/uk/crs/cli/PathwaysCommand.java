package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.pathways.PathwaysOutput;
import uk.crs.analytics.pathways.PathwaysReport;
import uk.crs.cases.ClosedCases;
import uk.crs.forces.Forces;
import uk.crs.pathways.CasePathways;
import uk.crs.store.CaseStore;
import uk.crs.store.EmbeddedStoreException;
import uk.crs.store.StoreSettings;

/** {@code crs pathways}: outcome types side by side for a force, from each source kept apart, and the conformance check. */
@Command(
        name = "pathways",
        description = {
            "Pathways side by side for a force: volumes and shares of outcome types 1, 2, 3, 6, 7, 8, 21, 22 and 23 per"
                    + " month and offence group, from the force's records extract, crs's own closed cases (when a case"
                    + " store exists) and the Home Office outcomes tables (when loaded), each on its own count basis;"
                    + " and the conformance check. See docs/force-records.md.",
            "Counts from the force's records and crs's cases are perturbed by the cell key method (docs/analytics.md,"
                    + " Disclosure control) and no record reference is listed, unless --internal, which shows true"
                    + " counts and the references the rules find, for the force's own follow-up only.",
            "Exit codes: 0 done; 2 bad options or no analytics store."
        })
final class PathwaysCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", required = true, description = "The force, by data.police.uk slug (e.g. durham).")
    String force = "";

    @Option(names = "--from", required = true, description = "First month, YYYY-MM.")
    String from = "";

    @Option(names = "--to", required = true, description = "Last month, YYYY-MM.")
    String to = "";

    @Option(names = "--format", defaultValue = "json", description = "json (default) or csv.")
    String format = "json";

    @Option(names = "--internal", description = "True counts and record references: not for publication.")
    boolean internal;

    PathwaysCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        YearMonth first;
        YearMonth last;
        try {
            if (!format.equals("json") && !format.equals("csv")) {
                throw new IllegalArgumentException("--format must be json or csv, found '" + format + "'");
            }
            if (Forces.standard().bySlug(force).isEmpty()) {
                throw new IllegalArgumentException(
                        "--force: no force '" + force + "'; use a data.police.uk slug such as durham");
            }
            first = ReoffendingCommand.month("--from", from);
            last = ReoffendingCommand.month("--to", to);
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("--to " + last + " is before --from " + first);
            }
        } catch (IllegalArgumentException e) {
            err.println("crs pathways: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        StoreSettings settings = StoreSettings.from(environment::get);
        if (!Files.exists(settings.analyticsFile())) {
            err.println("crs pathways: no analytics store at " + settings.analyticsFile()
                    + "; load a force records extract first (crs ingest --format force-records FILE)");
            return CrsCommand.BAD_INPUT;
        }
        PathwaysReport report;
        var problem = ExistingStore.problem(settings);
        if (problem.isPresent()) {
            report = report(
                    settings,
                    first,
                    last,
                    Optional.empty(),
                    "not shown: " + problem.get().message());
        } else {
            try (CaseStore cases = CaseStore.open(settings)) {
                report = report(settings, first, last, Optional.of(ClosedCases.reading(cases.dataSource())), "");
            } catch (EmbeddedStoreException e) {
                report = report(settings, first, last, Optional.empty(), "not shown: " + e.reason());
            } catch (DataAccessException e) {
                report = report(
                        settings,
                        first,
                        last,
                        Optional.empty(),
                        "not shown: cannot read the cases in " + settings.describeCaseStore());
            }
        }
        out.print(format.equals("json") ? PathwaysOutput.json(report) : PathwaysOutput.csv(report));
        out.flush();
        return 0;
    }

    private PathwaysReport report(
            StoreSettings settings, YearMonth first, YearMonth last, Optional<ClosedCases> cases, String why) {
        try (AnalyticsStore store = AnalyticsStore.open(settings.analyticsFile())) {
            return CasePathways.report(store, force, first, last, cases, why, internal);
        }
    }
}
