package uk.crs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

    @Test
    void defaultsToAnEmbeddedStoreUnderVar() {
        StoreSettings settings = StoreSettings.from(name -> Optional.empty());

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.home()).isEqualTo(Path.of("var").toAbsolutePath());
        assertThat(settings.caseStoreUrl())
                .startsWith("jdbc:h2:file:" + settings.home().resolve("cases"));
        assertThat(settings.analyticsFile()).isEqualTo(settings.home().resolve("analytics.duckdb"));
    }

    @Test
    void usesPostgresqlWhenADatabaseUrlIsSet() {
        Map<String, String> env = Map.of(
                "CRS_HOME", "/srv/crs",
                "CRS_DATABASE_URL", "jdbc:postgresql://db:5432/crs",
                "CRS_DATABASE_USER", "crs_app",
                "CRS_DATABASE_PASSWORD", "s3cret");
        StoreSettings settings = StoreSettings.from(name -> Optional.ofNullable(env.get(name)));

        assertThat(settings.embedded()).isFalse();
        assertThat(settings.springProperties())
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/crs")
                .containsEntry("spring.datasource.username", "crs_app")
                .containsEntry("crs.home", "/srv/crs");
    }

    @Test
    void neverPrintsAPasswordInTheUrl() {
        StoreSettings settings =
                new StoreSettings(Path.of("/tmp"), "jdbc:postgresql://db/crs?user=a&password=s3cret", null, null);

        assertThat(settings.describeCaseStore()).doesNotContain("s3cret").contains("password=***");
    }
}
