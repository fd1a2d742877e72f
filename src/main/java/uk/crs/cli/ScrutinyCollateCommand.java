package uk.crs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.crs.scrutiny.Collation;
import uk.crs.scrutiny.Findings;
import uk.crs.scrutiny.FindingsJson;
import uk.crs.scrutiny.FunnelSvg;

/** {@code crs scrutiny collate FILES...}: many panels' published findings in one comparable table. */
@Command(
        name = "collate",
        description = {
            "Combine panels' published findings (crs-scrutiny-findings JSON, version 1) into one CSV table: each"
                    + " panel-year's inappropriate rate with its Wilson 95%% interval and its place on a funnel plot"
                    + " against the pooled rate; suppressed findings are listed but not pooled.",
            "Disclosure: the files are findings as their panels published them (counts perturbed by the cell key"
                    + " method, docs/scrutiny.md); collate sums and divides those published counts and adds no"
                    + " perturbation of its own, so it says nothing its inputs do not. A panel's own figures (\"public\":"
                    + " false, true counts) are refused unless --internal.",
            "Exit status: 0 collated, 2 bad input (the message names the file and the field)."
        })
final class ScrutinyCollateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Findings JSON files, one per panel-year.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--internal",
            description =
                    "Also accept panels' own figures (\"public\": false): the output is then not for publication.")
    boolean internal;

    @Option(names = "--funnel", paramLabel = "FILE.svg", description = "Also write the funnel plot as SVG.")
    @Nullable
    Path funnel;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> sources = new ArrayList<>();
        List<Findings> findings = new ArrayList<>();
        boolean bad = false;
        for (Path file : files) {
            FindingsJson.Result result = FindingsJson.read(file);
            if (result instanceof FindingsJson.Refused r) {
                err.println("crs scrutiny collate: " + r.problem().message());
                bad = true;
            } else if (result instanceof FindingsJson.Read r && !r.findings().publicVersion() && !internal) {
                err.println("crs scrutiny collate: " + file + ": public: false: a panel's own figures (true counts),"
                        + " not for publication; collate published findings, or pass --internal for the panels' own"
                        + " use");
                bad = true;
            } else if (result instanceof FindingsJson.Read r) {
                sources.add(String.valueOf(file.getFileName()));
                findings.add(r.findings());
            }
        }
        if (bad) {
            return CrsCommand.BAD_INPUT;
        }
        Collation c = Collation.of(sources, findings);
        out.println("source,panel,forces,year,reviewed,inappropriate,rate,lower95,upper95,funnel");
        for (Collation.Row r : c.rows()) {
            out.println(String.join(
                    ",",
                    csv(r.source()),
                    csv(r.panel()),
                    csv(String.join(";", r.forces())),
                    Integer.toString(r.year()),
                    r.reviewed() == null ? "suppressed" : r.reviewed().toString(),
                    r.inappropriate() == null ? "suppressed" : r.inappropriate().toString(),
                    r.rate() == null ? "" : fmt(r.rate()),
                    r.interval() == null ? "" : fmt(r.interval().lower()),
                    r.interval() == null ? "" : fmt(r.interval().upper()),
                    r.position().name()));
        }
        out.println("# pooled," + (c.pooledRate() == null ? "" : fmt(c.pooledRate())) + ",from " + c.pooledReviewed()
                + " cases");
        out.println(
                internal
                        ? "# disclosure,INTERNAL: may include panels' own true counts; not for publication"
                        : "# disclosure,counts as each panel published them (perturbed by the cell key method or, in older"
                                + " files, suppressed below 10); the pooled figures are sums of published counts and add no"
                                + " perturbation");
        if (funnel != null) {
            try {
                Files.writeString(funnel, FunnelSvg.render(c), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("crs scrutiny collate: --funnel " + funnel + ": cannot be written ("
                        + e.getClass().getSimpleName() + ")");
                return CrsCommand.BAD_INPUT;
            }
        }
        return 0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
