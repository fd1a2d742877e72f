package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.scrutiny.Manifest;
import uk.crs.scrutiny.ManifestFile;
import uk.crs.scrutiny.Sampler;
import uk.crs.scrutiny.SeedCommitment;

/** {@code crs scrutiny sample}: repeats a panel's draw from its seed and manifest, the same on any machine. */
@Command(
        name = "sample",
        description = {
            "Draw (or re-check) a sample with Rivest's SHA-256 sampler: pick i is SHA-256(SEED + \",\" + i) as a"
                    + " big-endian integer, mod N, plus 1, repeats skipped; position p is the p-th reference of the"
                    + " sorted manifest.",
            "Prints the manifest's SHA-256 and the seed's, then one CSV line per pick: draw,counter,position,reference.",
            "Exit status: 0 drawn, 2 bad input (the message names the file, line and column)."
        })
final class ScrutinySampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", required = true, paramLabel = "TEXT", description = "The revealed seed, as published.")
    String seed;

    @Option(
            names = "--manifest",
            required = true,
            paramLabel = "FILE",
            description = "One case reference a line, any order; blank lines and # comments ignored.")
    Path manifestFile;

    @Option(names = "--size", required = true, paramLabel = "N", description = "How many cases to draw.")
    int size;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (seed.isBlank()) {
            err.println("crs scrutiny sample: --seed: must not be blank");
            return CrsCommand.BAD_INPUT;
        }
        ManifestFile.Result read = ManifestFile.read(manifestFile);
        if (read instanceof ManifestFile.Refused r) {
            err.println("crs scrutiny sample: " + r.problem().message());
            return CrsCommand.BAD_INPUT;
        }
        Manifest manifest = ((ManifestFile.Read) read).manifest();
        if (size < 1 || size > manifest.size()) {
            err.println("crs scrutiny sample: --size: must be between 1 and the " + manifest.size()
                    + " cases in the manifest, found " + size);
            return CrsCommand.BAD_INPUT;
        }
        List<Sampler.Draw> draws = Sampler.draw(seed, manifest.size(), size);
        out.println("# manifest sha256 " + manifest.sha256() + " (" + manifest.size() + " cases)");
        out.println("# seed sha256 " + SeedCommitment.to(seed).sha256());
        out.println("draw,counter,position,reference");
        for (int i = 0; i < draws.size(); i++) {
            Sampler.Draw d = draws.get(i);
            out.println((i + 1) + "," + d.counter() + "," + d.position() + "," + manifest.at(d.position()));
        }
        return 0;
    }
}
