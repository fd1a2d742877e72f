package uk.crs.cli;

import java.io.PrintWriter;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.store.CaseStore;
import uk.crs.store.EmbeddedStoreException;
import uk.crs.store.StoreSettings;

/**
 * The step {@code crs audit verify} and {@code crs audit checkpoint} share: check that the configured case store
 * exists, open it (starting the embedded server when none runs), walk the audit chain, and read what else the command
 * needs while the store is still open.
 */
final class AuditedStore {

    /** What a command reads from the open store once the chain has been walked. */
    @FunctionalInterface
    interface Reading<T> {
        T read(DataSource store, AuditLog log, Verification chain);
    }

    private AuditedStore() {}

    /**
     * The command's reading, or empty once the reason the store cannot be read has been written to {@code err} (the
     * command then exits 2).
     */
    static <T> Optional<T> walk(StoreSettings settings, String command, PrintWriter err, Reading<T> reading) {
        var problem = ExistingStore.problem(settings);
        if (problem.isPresent()) {
            err.println("crs: " + command + ": " + problem.get().message());
            return Optional.empty();
        }
        try (CaseStore opened = CaseStore.open(settings)) {
            AuditLog log = new AuditLog(opened.dataSource());
            return Optional.of(reading.read(opened.dataSource(), log, log.verify()));
        } catch (EmbeddedStoreException e) {
            err.println("crs: " + command + ": " + e.reason());
        } catch (DataAccessException e) {
            err.println("crs: " + command + ": cannot read the audit log in " + settings.describeCaseStore() + " ("
                    + e.getMostSpecificCause().getMessage() + "); has crs serve run on this store?");
        }
        return Optional.empty();
    }
}
