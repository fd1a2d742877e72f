package uk.crs.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps demo and real use apart, checked at start-up before any account is seeded: {@code crs serve --demo} marks the
 * store it creates as a demo store, and only an empty store can become one; a plain {@code crs serve} refuses a demo
 * store, whose accounts have the published password {@code demo}.
 */
@Component
@DependsOnDatabaseInitialization
class DemoStoreGuard {

    static final String MARKER = "demo-store";

    DemoStoreGuard(JdbcClient jdbc, @Value("${crs.demo:false}") boolean demo) {
        boolean demoStore = count(jdbc, "SELECT count(*) FROM store_info WHERE item = '" + MARKER + "'") > 0;
        if (demo && !demoStore) {
            if (count(jdbc, "SELECT count(*) FROM user_account") > 0 || count(jdbc, "SELECT count(*) FROM cases") > 0) {
                throw new IllegalStateException("--demo: this case store was not created with --demo and already holds"
                        + " accounts or cases; demo accounts with the published password 'demo' would open it to"
                        + " anyone. Use a new CRS_HOME (or CRS_DATABASE_URL) for the demo");
            }
            jdbc.sql("INSERT INTO store_info (item, content) VALUES (?, ?)")
                    .params(MARKER, "created by crs serve --demo: accounts have the password demo")
                    .update();
        }
        if (!demo && demoStore) {
            throw new IllegalStateException("this case store was created with crs serve --demo: its accounts have the"
                    + " published password 'demo' and its cases are samples. Start it with --demo, or use a new"
                    + " CRS_HOME (or CRS_DATABASE_URL) for real cases");
        }
    }

    private static int count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
