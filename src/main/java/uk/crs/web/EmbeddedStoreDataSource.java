package uk.crs.web;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.crs.store.BuildInfo;
import uk.crs.store.CaseStoreConnection;
import uk.crs.store.EmbeddedStoreStart;

/**
 * The connection pool on the embedded store, when {@code crs serve} starts the server beside the application
 * ({@link EmbeddedStoreStart}): the pool is made when the application first needs it, after waiting for the server, and
 * takes its pool settings from {@code spring.datasource.hikari.*} as Spring Boot's own pool would. An external store
 * (and every test that names a URL) has Spring Boot's pool instead.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedStoreDataSource {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStoreDataSource.class);

    @Bean
    @ConditionalOnBean(EmbeddedStoreStart.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedStoreStart store) {
        long asked = System.nanoTime();
        EmbeddedStoreStart.Ready ready = store.await();
        // the bench (bench/cold-start.sh) reads this line: when the server was ready, and how long the application
        // had to wait for it
        LOG.info(
                "embedded PostgreSQL {} on 127.0.0.1:{} was ready at {}; the application waited {} ms for it",
                BuildInfo.postgresVersion(),
                ready.server().port(),
                ready.at(),
                (System.nanoTime() - asked) / 1_000_000);
        CaseStoreConnection application = ready.server().application();
        HikariDataSource pool = new HikariDataSource();
        pool.setDriverClassName("org.postgresql.Driver");
        pool.setJdbcUrl(application.url());
        pool.setUsername(application.user());
        pool.setPassword(application.password());
        return pool;
    }
}
