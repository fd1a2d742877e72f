package uk.crs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.analytics.records.SyntheticExtract;
import uk.crs.forces.Forces;

/** {@code crs synthetic-extract}: writes an invented force records extract, the same for the same seed. */
@Command(
        name = "synthetic-extract",
        description = {
            "Write a synthetic force records extract (invented people and crimes, every crime reference starting with"
                    + " SYNTHETIC-) for trying crs ingest --format force-records, crs reconcile and crs reoffending."
                    + " The same seed gives the same bytes on any machine. See docs/force-records.md.",
            "Exit codes: 0 written; 2 bad options."
        })
final class SyntheticExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--seed",
            defaultValue = "" + SyntheticExtract.DEMO_SEED,
            description = "The seed (default: ${DEFAULT-VALUE}, the one --demo uses).")
    long seed;

    @Option(
            names = "--force",
            defaultValue = "durham",
            description = "The force, by slug or name (default: ${DEFAULT-VALUE}).")
    String force = "durham";

    @Option(
            names = "--people",
            defaultValue = "3000",
            description = "How many invented people (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--out", description = "The file to write (default: standard output).")
    @Nullable
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ForceOption.Result forceSlug = ForceOption.read("--force", force, f -> true);
        if (forceSlug.slug() == null) {
            err.println("crs synthetic-extract: " + forceSlug.refusal());
            return CrsCommand.BAD_INPUT;
        }
        String name = Forces.standard().bySlug(forceSlug.slug()).orElseThrow().name();
        if (people < 1 || people > SyntheticExtract.MAX_PEOPLE) {
            err.println("crs synthetic-extract: --people must be between 1 and " + SyntheticExtract.MAX_PEOPLE
                    + ", found " + people);
            return CrsCommand.BAD_INPUT;
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            SyntheticExtract.write(seed, name, people, stdout);
            stdout.flush();
            return 0;
        }
        try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            SyntheticExtract.write(seed, name, people, file);
        } catch (IOException e) {
            err.println("crs synthetic-extract: --out: " + out + ": cannot be written ("
                    + e.getClass().getSimpleName() + ")");
            return CrsCommand.BAD_INPUT;
        }
        err.println("crs synthetic-extract: wrote " + out + " (synthetic, seed " + seed + ", " + people + " people)");
        return 0;
    }
}
