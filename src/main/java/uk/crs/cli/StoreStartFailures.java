package uk.crs.cli;

import org.springframework.boot.SpringBootExceptionReporter;
import uk.crs.store.EmbeddedStoreException;

/**
 * Keeps Spring from logging a stack trace when {@code crs serve}'s start fails because the embedded server could not
 * start (beside the application, {@link uk.crs.store.EmbeddedStoreStart}): {@link ServeCommand} reports that failure
 * itself, in the one line that names the setting, as it does for every other setting that stops crs from starting.
 * Any other failure is left to Spring's own reporting. Registered in {@code META-INF/spring.factories}.
 */
final class StoreStartFailures implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        return causedByTheStore(failure);
    }

    static boolean causedByTheStore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedStoreException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
