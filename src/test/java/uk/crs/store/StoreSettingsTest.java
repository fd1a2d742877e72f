package uk.crs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

    @Test
    void defaultsToTheEmbeddedStoreUnderVar() {
        StoreSettings settings = StoreSettings.from(name -> Optional.empty());

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.home()).isEqualTo(Path.of("var").toAbsolutePath());
        assertThat(settings.embeddedLayout().directory())
                .isEqualTo(settings.home().resolve("pg"));
        assertThat(settings.embeddedLayout().data()).isEqualTo(settings.home().resolve("pg/data"));
        assertThat(settings.embeddedLayout().port()).isNull();
        assertThat(settings.describeCaseStore())
                .isEqualTo("embedded PostgreSQL in " + settings.home().resolve("pg"));
        assertThat(settings.analyticsFile()).isEqualTo(settings.home().resolve("analytics.duckdb"));
    }

    @Test
    void takesTheEmbeddedServersPortWhenOneIsSet() {
        StoreSettings settings = StoreSettings.from(
                name -> name.equals("CRS_EMBEDDED_DATABASE_PORT") ? Optional.of("54329") : Optional.empty());

        assertThat(StartupChecks.stores(settings)).isEmpty();
        assertThat(settings.embeddedLayout().port()).isEqualTo(54329);
    }

    @Test
    void refusesAnEmbeddedPortThatIsNotAPort() {
        for (String bad : new String[] {"0", "65536", "-1", "five", ""}) {
            assertThat(StartupChecks.embeddedPort(bad))
                    .as(bad)
                    .contains(new SettingProblem(
                            "CRS_EMBEDDED_DATABASE_PORT", "expected a port from 1 to 65535, found '" + bad + "'"));
        }
    }

    @Test
    void usesTheExternalServerWhenADatabaseUrlIsSet() {
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
                .containsEntry("crs.home", "/srv/crs")
                .doesNotContainKey("spring.flyway.enabled");
    }

    @Test
    void leavesMigrationsToTheEmbeddedServersOwner() {
        StoreSettings settings = StoreSettings.from(name -> Optional.empty());

        assertThat(settings.springProperties())
                .containsEntry("spring.flyway.enabled", false)
                .doesNotContainKey("spring.datasource.url");
    }

    @Test
    void neverPrintsAPasswordInTheUrl() {
        StoreSettings settings =
                new StoreSettings(Path.of("/tmp"), "jdbc:postgresql://db/crs?user=a&password=s3cret", null, null, null);

        assertThat(settings.describeCaseStore()).doesNotContain("s3cret").contains("password=***");
    }
}
