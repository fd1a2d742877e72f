package uk.crs.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a {@code @SpringBootTest} at a fresh home directory holding an embedded H2 file store. */
final class TemporaryStore {

    private TemporaryStore() {}

    static void register(DynamicPropertyRegistry registry, String prefix) throws IOException {
        Path home = Files.createTempDirectory(prefix);
        registry.add("crs.home", home::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + home.resolve("cases/crs") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        registry.add("spring.datasource.username", () -> "crs");
    }
}
