package uk.crs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.store.SettingProblem;
import uk.crs.store.StartupChecks;
import uk.crs.store.StoreSettings;
import uk.crs.web.CrsApplication;

/** {@code crs serve}: runs the web application and REST API. */
@Command(
        name = "serve",
        description = {
            "Start the web application on http://localhost:8080.",
            "Uses the embedded case store under CRS_HOME (default ./var), or PostgreSQL when CRS_DATABASE_URL is set."
        })
final class ServeCommand implements Callable<Integer>, EnvironmentAware {

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
        try {
            ConfigurableApplicationContext context = start(settings);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "crs is running on http://localhost:%s with the case store %s%n",
                            context.getEnvironment().getProperty("local.server.port"), settings.describeCaseStore());
            return CrsCommand.KEEP_RUNNING;
        } catch (RuntimeException e) {
            err.println("crs: cannot start: " + StartupFailure.describe(e, port));
            return 1;
        }
    }

    ConfigurableApplicationContext start(StoreSettings settings) {
        Map<String, Object> properties = settings.springProperties();
        properties.put("server.port", port);
        properties.put("crs.demo", demo);
        SpringApplication application = new SpringApplication(CrsApplication.class);
        application.setDefaultProperties(properties);
        return application.run();
    }
}
