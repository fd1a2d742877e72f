package uk.crs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.store.CaseStore;
import uk.crs.store.StoreSettings;

/** {@code crs audit verify}: walks the audit chain in the case store and reports the first broken entry. */
@Command(
        name = "verify",
        description = {
            "Recompute every audit entry's hash from the log and check the chain.",
            "Exit status: 0 intact, 1 broken (the first broken entry and why), 2 no readable case store.",
            "Reads the embedded store under CRS_HOME, or PostgreSQL when CRS_DATABASE_URL is set; needs no server."
        })
final class AuditVerifyCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    AuditVerifyCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreSettings settings = StoreSettings.from(environment::get);
        var problem = ExistingStore.problem(settings);
        if (problem.isPresent()) {
            err.println("crs: audit verify: " + problem.get().message());
            return CrsCommand.BAD_INPUT;
        }
        DataSource store = CaseStore.dataSource(settings);
        Verification result;
        try {
            result = new AuditLog(store).verify();
        } catch (DataAccessException e) {
            err.println("crs: audit verify: cannot read the audit log in " + settings.describeCaseStore() + " ("
                    + e.getMostSpecificCause().getMessage() + "); has crs serve run on this store?");
            return CrsCommand.BAD_INPUT;
        }
        if (result instanceof Verification.Intact intact) {
            out.println("audit chain OK: " + intact.entries() + " entries");
            return 0;
        }
        Verification.Broken broken = (Verification.Broken) result;
        out.println("audit chain BROKEN at entry " + broken.firstBrokenEntry() + ": " + broken.reason());
        return 1;
    }
}
