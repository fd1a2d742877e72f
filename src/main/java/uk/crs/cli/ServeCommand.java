package uk.crs.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.store.EmbeddedStoreException;
import uk.crs.store.EmbeddedStoreStart;
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
        // the embedded server starts on a thread of its own while the application starts here (EmbeddedStoreStart)
        @Nullable
        EmbeddedStoreStart store = settings.embedded()
                ? EmbeddedStoreStart.begin(settings.embeddedLayout(), OWNER_WAIT, Clock.systemUTC())
                : null;
        try {
            ConfigurableApplicationContext context = start(settings, store);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "crs is running on http://localhost:%s with the case store %s%n",
                            context.getEnvironment().getProperty("local.server.port"), settings.describeCaseStore());
            return CrsCommand.KEEP_RUNNING;
        } catch (RuntimeException e) {
            if (store != null) {
                Optional<EmbeddedStoreException> storeFailure = store.failure();
                if (storeFailure.isPresent()) {
                    err.println("crs: cannot start: " + StoreSettings.HOME + ": "
                            + storeFailure.get().reason());
                    return CrsCommand.BAD_INPUT;
                }
                store.close();
            }
            err.println("crs: cannot start: " + StartupFailure.describe(e, port));
            return 1;
        }
    }

    /**
     * Starts the application. With the embedded store, the application's connection pool waits for the server
     * ({@link EmbeddedStoreStart}), and one shutdown hook closes the application first (finishing requests in flight
     * and closing its connections) and only then stops the server.
     */
    ConfigurableApplicationContext start(StoreSettings settings, @Nullable EmbeddedStoreStart store) {
        Map<String, Object> properties = settings.springProperties();
        properties.put("server.port", port);
        properties.put("crs.demo", demo);
        // a failed start is reported once: by Spring ("Application run failed") or, when the embedded server could not
        // start, in crs's one line (StoreStartFailures); not also by the context's warning as it gives up
        properties.put("logging.level.org.springframework.boot.web.server.servlet.context", "ERROR");
        SpringApplication application = new SpringApplication(CrsApplication.class);
        application.setDefaultProperties(properties);
        if (store == null) {
            return application.run();
        }
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("embeddedStoreStart", store));
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context = application.run();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                context.close();
                            } finally {
                                store.close();
                            }
                        },
                        "crs-shutdown"));
        return context;
    }
}
