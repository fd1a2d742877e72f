package uk.crs.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import uk.crs.testing.PostgresServer;

/** Points a {@code @SpringBootTest} at a fresh home directory and a new, empty database on the test PostgreSQL. */
final class TemporaryStore {

    private TemporaryStore() {}

    static void register(DynamicPropertyRegistry registry, String prefix) throws IOException {
        Path home = Files.createTempDirectory(prefix);
        PostgresServer pg = PostgresServer.get();
        String url = pg.createDatabase(prefix.replace('-', '_'));
        registry.add("crs.home", home::toString);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", pg::user);
        registry.add("spring.datasource.password", pg::password);
    }
}
