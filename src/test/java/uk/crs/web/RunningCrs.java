package uk.crs.web;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.crs.users.Role;
import uk.crs.users.Users;

/** The crs web application started in this JVM on a free port against a given case store, with test accounts. */
final class RunningCrs implements AutoCloseable {

    static final String PASSWORD = "test-password";

    /** One account per role in durham (named after the role), plus a second of some, and one in cleveland. */
    static final Map<String, Role> DURHAM = Map.ofEntries(
            Map.entry("officer", Role.OFFICER),
            Map.entry("officer2", Role.OFFICER),
            Map.entry("sergeant", Role.SERGEANT),
            Map.entry("sergeant2", Role.SERGEANT),
            Map.entry("inspector", Role.INSPECTOR),
            Map.entry("inspector2", Role.INSPECTOR),
            Map.entry("superintendent", Role.SUPERINTENDENT),
            Map.entry("panel", Role.PANEL_MEMBER),
            Map.entry("panel-chair", Role.PANEL_CHAIR),
            Map.entry("analyst", Role.ANALYST),
            Map.entry("auditor", Role.AUDITOR),
            Map.entry("admin", Role.ADMIN));

    final ConfigurableApplicationContext context;
    final ApiClient api;
    final JdbcClient sql;

    RunningCrs(String url, String user, String password, Path home) {
        SpringApplication application = new SpringApplication(CrsApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.datasource.url",
                url,
                "spring.datasource.username",
                user,
                "spring.datasource.password",
                password,
                "server.port",
                0,
                "crs.home",
                home.toString(),
                "crs.demo",
                false));
        context = application.run();
        Users users = context.getBean(Users.class);
        DURHAM.forEach((name, role) -> users.add(name, role, "durham", PASSWORD));
        users.add("officer-cleveland", Role.OFFICER, "cleveland", PASSWORD);
        api = new ApiClient("http://localhost:" + context.getEnvironment().getProperty("local.server.port"), PASSWORD);
        sql = JdbcClient.create(context.getBean(DataSource.class));
    }

    int count(String table) {
        return sql.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    @Override
    public void close() {
        context.close();
    }
}
