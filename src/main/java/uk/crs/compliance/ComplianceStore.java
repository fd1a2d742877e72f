package uk.crs.compliance;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.crs.cases.ClosedCases;
import uk.crs.disclosure.CellKeyPerturbation;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;
import uk.crs.policy.OffenceCatalogue;

/** Reads a compliance statement's inputs from the case store: its closed cases and its disclosure secret. */
public final class ComplianceStore {

    private final ClosedCases closed;
    private final JdbcClient jdbc;
    private final OffenceCatalogue catalogue;

    public ComplianceStore(ClosedCases closed, DataSource store, OffenceCatalogue catalogue) {
        this.closed = closed;
        this.jdbc = JdbcClient.create(store);
        this.catalogue = catalogue;
    }

    /** The store's perturbation, under the secret made by migration V35. */
    public CellKeyPerturbation perturbation() {
        byte[] secret = jdbc.sql("SELECT secret FROM disclosure_secret WHERE id = 1")
                .query(byte[].class)
                .single();
        return CellKeyPerturbation.withSecret(secret);
    }

    /** The statement the request asks for, from the store. */
    public ComplianceReport report(ComplianceRequest request) {
        List<String> forces = request.force().map(List::of).orElseGet(() -> Forces.standard().all().stream()
                .map(Force::slug)
                .toList());
        List<ComplianceCase> cases = closed
                .closedIn(
                        forces,
                        request.from().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        request.to().plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .stream()
                .map(r -> ComplianceCase.of(r, catalogue))
                .flatMap(Optional::stream)
                .toList();
        return Compliance.tabulate(cases, request, perturbation());
    }

    /** Parses YYYY-MM for the named option. */
    public static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a month as YYYY-MM, found '" + text + "'");
        }
    }
}
