package uk.crs.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.policy.OffenceDefinition;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.Offences;

/** {@code crs offences}: the offence-level catalogue, searchable, as a table or JSON. */
@Command(
        name = "offences",
        description = "List the offences crs knows (one per offence as charged), with mode of trial, maximum,"
                + " flags, starting gravity scores, sources and status.")
final class OffencesCommand implements Runnable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Output formats. */
    enum Format {
        table,
        json
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--search",
            paramLabel = "TEXT",
            description = "Only offences whose title, legislation, section, id or class contains TEXT.")
    @Nullable
    String search;

    @Option(
            names = "--format",
            paramLabel = "table|json",
            defaultValue = "table",
            description = "table (default) or json (one array).")
    Format format = Format.table;

    @Override
    public void run() {
        Offences offences = Offences.bundled();
        List<OffenceDefinition> found = search == null ? offences.all() : offences.search(search);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ArrayNode array = JSON.createArrayNode();
            found.forEach(d -> array.add(json(d)));
            out.println(JSON.writeValueAsString(array));
        } else {
            out.printf(
                    "%-28s %-8s %-16s %-10s %-3s %-3s %s%n", "ID", "CLASS", "MODE", "MAXIMUM", "AG", "CG", "OFFENCE");
            for (OffenceDefinition d : found) {
                out.printf(
                        "%-28s %-8s %-16s %-10s %-3d %-3d %s (%s)%n",
                        d.id(),
                        d.hoClass(),
                        d.modeOfTrial(),
                        d.maxPenalty(),
                        d.gravityAdult(),
                        d.gravityChild(),
                        d.title(),
                        d.citation());
            }
            out.println(found.size() + " of " + offences.size()
                    + " offences. AG/CG: starting gravity score, adult (1-4) and child (1-5).");
        }
        out.flush();
    }

    static ObjectNode json(OffenceDefinition d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", d.id());
        n.put("title", d.title());
        n.put("legislation", d.legislation());
        n.put("section", d.section());
        n.put("hoClass", d.hoClass());
        ArrayNode classes = n.putArray("hoClasses");
        d.hoClasses().forEach(classes::add);
        n.put("modeOfTrial", d.modeOfTrial().name());
        n.put("youthModeOfTrial", d.youthModeOfTrial().name());
        n.put("maxPenalty", d.maxPenalty());
        OffenceDefinition.ValueThreshold t = d.valueThreshold();
        if (t == null) {
            n.putNull("valueThreshold");
        } else {
            ObjectNode v = n.putObject("valueThreshold");
            v.put("maxGbp", t.maxGbp());
            v.put("modeAtOrBelow", t.mode().name());
        }
        ArrayNode flags = n.putArray("flags");
        for (OffenceFlag f : d.flags()) {
            flags.add(f.name());
        }
        ObjectNode gravity = n.putObject("gravity");
        gravity.put("adult", d.gravityAdult());
        gravity.put("child", d.gravityChild());
        ArrayNode sources = n.putArray("sources");
        d.sources().forEach(sources::add);
        ObjectNode status = n.putObject("status");
        status.put("modeOfTrial", lower(d.modeStatus().name()));
        status.put("maxPenalty", lower(d.maxStatus().name()));
        status.put("gravity", lower(d.gravityStatus().name()));
        n.put("reasoning", d.reasoning());
        n.put("note", d.note());
        return n;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
