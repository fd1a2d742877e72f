package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.testing.CrsProcess;
import uk.crs.testing.PostgresServer;

/** {@code crs serve} from the packaged jar: answers, reports health and migrates its store. */
class ServeIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheLandingPageAndHealthOnTheEmbeddedStore(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        try (CrsProcess crs = CrsProcess.serve(Map.of("CRS_HOME", home.toString()), dir)) {
            crs.awaitHealthy(Duration.ofSeconds(300));

            assertThat(get(crs, "/actuator/health").body()).contains("\"status\":\"UP\"");
            HttpResponse<String> landing = get(crs, "/");
            assertThat(landing.statusCode()).isEqualTo(200);
            assertThat(landing.body()).contains("Community Resolution System", "not a conviction");
            assertThat(get(crs, "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(crs.output()).contains("crs is running on http://localhost:" + crs.port());
        }
        // the embedded PostgreSQL server's cluster, stopped with crs
        assertThat(Files.readString(home.resolve("pg/data/PG_VERSION")).strip()).isEqualTo("17");
        assertThat(home.resolve("pg/data/postmaster.pid")).doesNotExist();
    }

    @Test
    void migratesAndServesOnPostgresql(@TempDir Path dir) throws Exception {
        PostgresServer pg = PostgresServer.get();
        String url = pg.createDatabase("serve");
        Map<String, String> env = Map.of(
                "CRS_HOME", dir.resolve("home").toString(),
                "CRS_DATABASE_URL", url,
                "CRS_DATABASE_USER", pg.user(),
                "CRS_DATABASE_PASSWORD", pg.password());
        try (CrsProcess crs = CrsProcess.serve(env, dir)) {
            crs.awaitHealthy(Duration.ofSeconds(300));
            assertThat(get(crs, "/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(crs.output()).contains("jdbc:postgresql://");
        }
        try (var c = java.sql.DriverManager.getConnection(url, pg.user(), pg.password());
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
    }

    @Test
    void anEmbeddedServerThatCannotStartIsReportedInOneLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
        // the server starts beside the application (EmbeddedStoreStart); its failure must still read as a setting's
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CrsProcess.Result result = CrsProcess.run(
                    Map.of(
                            "CRS_HOME",
                            dir.resolve("home").toString(),
                            "CRS_EMBEDDED_DATABASE_PORT",
                            String.valueOf(taken.getLocalPort())),
                    dir,
                    "serve",
                    "--port",
                    "0");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.output())
                    .contains("crs: cannot start: CRS_HOME: pg_ctl start failed")
                    .doesNotContain("Exception", "\tat ", "Application run failed");
        }
        // and the server is not left running
        assertThat(dir.resolve("home/pg/data/postmaster.pid")).doesNotExist();
    }

    @Test
    void printsItsVersion(@TempDir Path dir) {
        CrsProcess.Result result = CrsProcess.run(Map.of(), dir, "version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).matches("(?s)crs \\d+\\.\\d+\\.\\d+.*");
    }

    private HttpResponse<String> get(CrsProcess crs, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(crs.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
