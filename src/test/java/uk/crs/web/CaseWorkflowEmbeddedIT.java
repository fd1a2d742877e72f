package uk.crs.web;

import java.io.IOException;
import java.nio.file.Files;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import uk.crs.store.CaseStoreConnection;
import uk.crs.store.EmbeddedPostgres;
import uk.crs.testing.TestStores;

/**
 * The case workflow over REST on the embedded store, as {@code crs serve} runs it by default: crs's own PostgreSQL
 * server, signed in as the application's role (not a superuser).
 */
class CaseWorkflowEmbeddedIT extends CaseWorkflowContract {

    private @Nullable EmbeddedPostgres server;

    @Override
    String[] store() {
        try {
            server = TestStores.embedded(Files.createTempDirectory("crs-embedded-"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CaseStoreConnection app = server.application();
        return new String[] {app.url(), app.user(), app.password()};
    }

    /** Stops the application first, so that its connections close, then the server. */
    @AfterAll
    @Override
    void stop() {
        try {
            super.stop();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
