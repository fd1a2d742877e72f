package uk.crs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.audit.Checkpoint;
import uk.crs.audit.SigningKey;
import uk.crs.audit.Verification;
import uk.crs.store.StoreSettings;

/** {@code crs audit checkpoint}: signs the verified log's length and head hash, for publishing. */
@Command(
        name = "checkpoint",
        description = {
            "Verify the audit chain, then write a checkpoint of its length and head hash signed with the Ed25519 key"
                    + " in CRS_HOME (audit-signing.key, created readable by its owner only on first use).",
            "Publish the checkpoint where the database's administrators cannot change it; crs audit verify"
                    + " --checkpoint FILE later proves the log still extends it.",
            "Exit status: 0 written, 1 the chain is broken (nothing written), 2 no readable store or key."
        })
final class AuditCheckpointCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the checkpoint (default: standard output).")
    @Nullable
    Path outFile;

    AuditCheckpointCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        QuietLibraries.warningsOnly();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreSettings settings = StoreSettings.from(environment::get);
        Optional<Walked> walked = AuditedStore.walk(
                settings,
                "audit checkpoint",
                err,
                (store, log, chain) -> new Walked(
                        chain,
                        chain instanceof Verification.Intact intact && intact.entries() > 0
                                ? log.entry(intact.entries()).orElseThrow().hash()
                                : "0".repeat(64)));
        if (walked.isEmpty()) {
            return CrsCommand.BAD_INPUT;
        }
        Verification result = walked.get().chain();
        String head = walked.get().head();
        if (result instanceof Verification.Broken broken) {
            out.println("audit chain BROKEN at entry " + broken.firstBrokenEntry() + ": " + broken.reason()
                    + "; no checkpoint written");
            return 1;
        }
        KeyPair keys;
        try {
            keys = SigningKey.loadOrCreate(settings.home());
        } catch (IOException e) {
            err.println("crs: audit checkpoint: CRS_HOME: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        long entries = ((Verification.Intact) result).entries();
        Checkpoint checkpoint =
                Checkpoint.sign(entries, head, Clock.systemUTC().instant(), keys.getPrivate(), keys.getPublic());
        if (outFile == null) {
            out.print(checkpoint.text());
            out.flush();
            return 0;
        }
        try {
            Files.writeString(outFile, checkpoint.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("crs: audit checkpoint: --out: " + outFile + " cannot be written");
            return CrsCommand.BAD_INPUT;
        }
        out.println("checkpoint of " + entries + " entries written to " + outFile + " (key "
                + checkpoint.keyFingerprint().substring(0, 16) + ")");
        return 0;
    }

    /** The walked chain and the hash of its last entry (64 zeros for an empty log). */
    private record Walked(Verification chain, String head) {}
}
