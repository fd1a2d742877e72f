package uk.crs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.LoadedFiles;
import uk.crs.store.StoreSettings;

/** {@code crs sources}: what the analytics store holds, file by file, current or superseded. */
@Command(
        name = "sources",
        description = {
            "List the files loaded into $CRS_HOME/analytics.duckdb: file, kind, force and month, vintage, rows,"
                    + " sha256, and whether it is current or superseded by a newer download.",
            "Exit codes: 0 done; 2 invalid options or no store."
        })
final class SourcesCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
    String format;

    SourcesCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("table") && !kind.equals("json")) {
            err.println("crs sources: --format must be table or json, found '" + format + "'");
            return CrsCommand.BAD_INPUT;
        }
        StoreSettings settings = StoreSettings.from(environment::get);
        if (!Files.exists(settings.analyticsFile())) {
            err.println("crs sources: no analytics store at " + settings.analyticsFile() + "; run crs ingest first");
            return CrsCommand.BAD_INPUT;
        }
        List<LoadedFiles.Entry> entries;
        try (AnalyticsStore store = AnalyticsStore.open(settings.analyticsFile())) {
            entries = LoadedFiles.of(store);
        }
        out.print(kind.equals("json") ? json(entries) : table(entries));
        out.flush();
        return 0;
    }

    private static String table(List<LoadedFiles.Entry> entries) {
        StringBuilder t = new StringBuilder(String.format(
                Locale.ROOT,
                "%-10s %-9s %-28s %-8s %9s %-12s %s%n",
                "state",
                "kind",
                "force and month",
                "vintage",
                "rows",
                "sha256",
                "file"));
        for (LoadedFiles.Entry e : entries) {
            t.append(String.format(
                    Locale.ROOT,
                    "%-10s %-9s %-28s %-8s %9d %-12s %s%n",
                    e.current() ? "current" : "superseded",
                    e.kind().toLowerCase(Locale.ROOT),
                    e.coverage(),
                    e.vintage() == null ? "-" : e.vintage(),
                    e.rows(),
                    e.sha256().substring(0, 12),
                    e.path()));
        }
        long current = entries.stream().filter(LoadedFiles.Entry::current).count();
        t.append(entries.size())
                .append(entries.size() == 1 ? " file, " : " files, ")
                .append(current)
                .append(" current, ")
                .append(entries.size() - current)
                .append(" superseded\n");
        return t.toString();
    }

    private static String json(List<LoadedFiles.Entry> entries) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartArray();
            for (LoadedFiles.Entry e : entries) {
                g.writeStartObject();
                g.writeStringProperty("file", e.path());
                g.writeStringProperty("kind", e.kind());
                g.writeStringProperty("coverage", e.coverage());
                g.writeStringProperty("vintage", e.vintage());
                g.writeNumberProperty("rows", e.rows());
                g.writeStringProperty("sha256", e.sha256());
                g.writeStringProperty("state", e.current() ? "current" : "superseded");
                g.writeStringProperty("supersededBy", e.supersededBy());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return text + "\n";
    }
}
