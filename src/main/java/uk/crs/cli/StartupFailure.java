package uk.crs.cli;

import org.springframework.boot.web.server.PortInUseException;

/** Turns an exception from Spring's start-up into the one line a person needs. */
final class StartupFailure {

    private StartupFailure() {}

    static String describe(Throwable failure, int port) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException) {
                return "--port: port " + port
                        + " is already in use; stop the other program or choose another with --port";
            }
            root = t;
            if (t.getCause() == t) {
                break;
            }
        }
        String message = root.getMessage();
        return (message == null ? root.getClass().getSimpleName() : message.strip())
                + " (run with CRS_DEBUG=1 for the full trace)";
    }
}
