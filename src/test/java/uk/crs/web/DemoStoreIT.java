package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.crs.testing.PostgresServer;
import uk.crs.users.Role;
import uk.crs.users.Users;

/**
 * Demo accounts only in a store created with {@code --demo} (issue 9: {@code officer}/{@code demo} still signed in
 * after a plain {@code serve} on a store once started with {@code --demo}).
 */
class DemoStoreIT {

    @Test
    void aPlainServeRefusesADemoStoreSayingWhy() throws Exception {
        String url = PostgresServer.get().createDatabase("demostore");
        try (ConfigurableApplicationContext demo = start(url, true)) {
            assertThat(demo.getBean(Users.class).find("officer")).isPresent();
        }
        assertThatThrownBy(() -> start(url, false))
                .rootCause()
                .hasMessageContaining("created with crs serve --demo")
                .hasMessageContaining("published password 'demo'");
        try (ConfigurableApplicationContext again = start(url, true)) {
            assertThat(again.getBean(Users.class).find("admin")).isPresent();
        }
    }

    @Test
    void demoRefusesAStoreThatHoldsRealAccounts() throws Exception {
        String url = PostgresServer.get().createDatabase("realstore");
        try (ConfigurableApplicationContext real = start(url, false)) {
            real.getBean(Users.class).add("jsmith", Role.INSPECTOR, "durham", "a long password");
        }
        assertThatThrownBy(() -> start(url, true)).rootCause().hasMessageContaining("not created with --demo");
        try (ConfigurableApplicationContext real = start(url, false)) {
            assertThat(real.getBean(Users.class).find("officer")).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String url, boolean demo) throws Exception {
        PostgresServer pg = PostgresServer.get();
        SpringApplication application = new SpringApplication(CrsApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.datasource.url",
                url,
                "spring.datasource.username",
                pg.user(),
                "spring.datasource.password",
                pg.password(),
                "server.port",
                0,
                "crs.home",
                Files.createTempDirectory("crs-demostore").toString(),
                "crs.demo",
                demo));
        return application.run();
    }
}
