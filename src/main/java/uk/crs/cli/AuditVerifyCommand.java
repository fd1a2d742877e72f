package uk.crs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.store.CaseStore;
import uk.crs.store.StoreSettings;
import uk.crs.store.internal.EmbeddedStoreException;

/** {@code crs audit verify}: walks the audit chain in the case store and reports the first broken entry. */
@Command(
        name = "verify",
        description = {
            "Recompute every audit entry's hash from the log and check the chain.",
            "Exit status: 0 intact, 1 broken (the first broken entry and why), 2 no readable case store.",
            "Reads the embedded store under CRS_HOME (joining a running crs serve, or starting the store for the check), or"
                    + " the PostgreSQL server named by CRS_DATABASE_URL."
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
        QuietLibraries.warningsOnly();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreSettings settings = StoreSettings.from(environment::get);
        var problem = ExistingStore.problem(settings);
        if (problem.isPresent()) {
            err.println("crs: audit verify: " + problem.get().message());
            return CrsCommand.BAD_INPUT;
        }
        Verification result;
        try (CaseStore store = CaseStore.open(settings)) {
            result = new AuditLog(store.dataSource()).verify();
        } catch (EmbeddedStoreException e) {
            err.println("crs: audit verify: " + e.reason());
            return CrsCommand.BAD_INPUT;
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
