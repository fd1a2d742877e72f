package uk.crs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.cases.ClosedCases;
import uk.crs.compliance.ComplianceOutput;
import uk.crs.compliance.ComplianceReport;
import uk.crs.compliance.ComplianceRequest;
import uk.crs.compliance.ComplianceStore;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.store.CaseStore;
import uk.crs.store.EmbeddedStoreException;
import uk.crs.store.StoreSettings;

/** {@code crs compliance}: a force's own compliance statement from the case store. */
@Command(
        name = "compliance",
        description = {
            "A force's compliance with its community-resolution policy, from the case store: CRs closed by month;"
                    + " authorised by the required rank; victim consulted, consent and override rates; conditions"
                    + " completed and late; time from offence to close; offences in classes reserved for formal"
                    + " action; decisions against policy. Rates with Wilson 95%% intervals.",
            "Counts are perturbed by the cell key method (docs/analytics.md, Disclosure control) unless --internal,"
                    + " which shows true counts and the case references of decisions against policy, for the force's"
                    + " own follow-up only.",
            "Exit status: 0, or 2 for bad options or no readable case store. Reads the embedded store under CRS_HOME,"
                    + " or PostgreSQL when CRS_DATABASE_URL is set; needs no server."
        })
final class ComplianceCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", required = true, description = "The force, by data.police.uk slug (e.g. durham).")
    String force = "";

    @Option(names = "--from", required = true, description = "First month of closure, YYYY-MM.")
    String from = "";

    @Option(names = "--to", required = true, description = "Last month of closure, YYYY-MM.")
    String to = "";

    @Option(names = "--format", defaultValue = "json", description = "json (default), csv or html.")
    String format = "json";

    @Option(names = "--internal", description = "True counts and case references: not for publication.")
    boolean internal;

    @Option(names = "--out", description = "Write to this file instead of standard output.")
    @Nullable
    Path out;

    ComplianceCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        QuietLibraries.warningsOnly();
        PrintWriter err = spec.commandLine().getErr();
        ComplianceRequest request;
        try {
            ForceOption.Result read = ForceOption.read("--force", force, f -> true);
            if (read.slug() == null) {
                throw new IllegalArgumentException(read.refusal());
            }
            if (!java.util.List.of("json", "csv", "html").contains(format)) {
                throw new IllegalArgumentException("--format must be json, csv or html, found '" + format + "'");
            }
            request = new ComplianceRequest(
                    Optional.of(read.slug()),
                    ComplianceStore.month("--from", from),
                    ComplianceStore.month("--to", to),
                    internal);
        } catch (IllegalArgumentException e) {
            err.println("crs compliance: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        StoreSettings settings = StoreSettings.from(environment::get);
        var problem = ExistingStore.problem(settings);
        if (problem.isPresent()) {
            err.println("crs compliance: " + problem.get().message());
            return CrsCommand.BAD_INPUT;
        }
        ComplianceReport report;
        try (CaseStore opened = CaseStore.open(settings)) {
            report = new ComplianceStore(
                            ClosedCases.reading(opened.dataSource()), opened.dataSource(), OffenceCatalogue.bundled())
                    .report(request);
        } catch (EmbeddedStoreException e) {
            err.println("crs compliance: " + e.reason());
            return CrsCommand.BAD_INPUT;
        } catch (DataAccessException e) {
            err.println("crs compliance: cannot read the case store " + settings.describeCaseStore() + " ("
                    + e.getMostSpecificCause().getMessage() + "); has crs serve run on this store?");
            return CrsCommand.BAD_INPUT;
        }
        String text =
                switch (format) {
                    case "csv" -> ComplianceOutput.csv(report);
                    case "html" -> ComplianceOutput.html(report);
                    default -> ComplianceOutput.json(report);
                };
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("crs compliance: --out " + out + ": cannot write the file");
            return CrsCommand.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + out);
        return 0;
    }
}
