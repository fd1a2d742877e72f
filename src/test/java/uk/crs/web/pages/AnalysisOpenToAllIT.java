package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.crs.testing.PostgresServer;

/** With {@code crs.analysis.public=true} anyone may read the open-data analysis pages, signed in or not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crs.analysis.public=true")
class AnalysisOpenToAllIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase("analysisopen");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        String home = Files.createTempDirectory("crs-analysis-open-").toString();
        registry.add("crs.home", () -> home);
    }

    @Test
    void anyoneMayReadThemAndAnEmptyStoreSaysHowToLoadData() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/analysis"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("No data.police.uk files are loaded yet")
                .contains("crs ingest");
        HttpResponse<String> csv = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/analysis/download/coverage"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
    }
}
