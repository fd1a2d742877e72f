package uk.crs.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.store.CaseStoreConnection;
import uk.crs.store.EmbeddedPostgres;
import uk.crs.store.EmbeddedStoreException;
import uk.crs.store.SettingProblem;
import uk.crs.store.StartupChecks;
import uk.crs.store.StoreSettings;
import uk.crs.web.CrsApplication;

/** {@code crs serve}: runs the web application and REST API. */
@Command(
        name = "serve",
        description = {
            "Start the web application on http://localhost:8080.",
            "Runs the embedded PostgreSQL case store under CRS_HOME (default ./var), or uses the PostgreSQL server named by"
                    + " CRS_DATABASE_URL."
        })
final class ServeCommand implements Callable<Integer>, EnvironmentAware {

    /** How long to wait for a one-shot command ({@code crs users add}) that is using the embedded store. */
    private static final Duration OWNER_WAIT = Duration.ofSeconds(60);

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--demo", description = "Seed documented demo accounts and sample cases (never in production).")
    boolean demo;

    ServeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        StoreSettings settings = StoreSettings.from(environment::get);
        List<SettingProblem> problems = new ArrayList<>(StartupChecks.stores(settings));
        StartupChecks.freePort(port).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("crs: cannot start: " + p.message()));
            return CrsCommand.BAD_INPUT;
        }
        QuietLibraries.progressOnly();
        @Nullable EmbeddedPostgres server = null;
        try {
            CaseStoreConnection connection;
            if (settings.embedded()) {
                server = EmbeddedPostgres.own(settings.embeddedLayout(), OWNER_WAIT);
                connection = server.application();
            } else {
                connection = settings.external();
            }
            ConfigurableApplicationContext context = start(settings, connection, server);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "crs is running on http://localhost:%s with the case store %s%n",
                            context.getEnvironment().getProperty("local.server.port"), settings.describeCaseStore());
            return CrsCommand.KEEP_RUNNING;
        } catch (EmbeddedStoreException e) {
            err.println("crs: cannot start: " + StoreSettings.HOME + ": " + e.reason());
            return CrsCommand.BAD_INPUT;
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            err.println("crs: cannot start: " + StartupFailure.describe(e, port));
            return 1;
        }
    }

    /**
     * Starts the application. With the embedded store, one shutdown hook closes the application first (finishing
     * requests in flight and closing its connections) and only then stops the PostgreSQL server.
     */
    ConfigurableApplicationContext start(
            StoreSettings settings, CaseStoreConnection connection, @Nullable EmbeddedPostgres server) {
        Map<String, Object> properties = settings.springProperties(connection);
        properties.put("server.port", port);
        properties.put("crs.demo", demo);
        SpringApplication application = new SpringApplication(CrsApplication.class);
        application.setDefaultProperties(properties);
        if (server == null) {
            return application.run();
        }
        EmbeddedPostgres owned = server;
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context = application.run();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                context.close();
                            } finally {
                                owned.close();
                            }
                        },
                        "crs-shutdown"));
        return context;
    }
}
