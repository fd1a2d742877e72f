package uk.crs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.crs.audit.AuditEntry;
import uk.crs.audit.Checkpoint;
import uk.crs.audit.RecordCheck;
import uk.crs.audit.SigningKey;
import uk.crs.audit.Verification;
import uk.crs.cases.CaseState;
import uk.crs.store.StoreSettings;
import uk.crs.users.PasswordHashing;
import uk.crs.users.Users;

/**
 * {@code crs audit verify}: walks the audit chain, checks every case and account row against the last entry about
 * it, and, given a published checkpoint, that the log still extends it.
 */
@Command(
        name = "verify",
        description = {
            "Recompute every audit entry's hash from the log and check the chain; then check every case (with its"
                    + " conditions, authorisations and people) and every account against the last audit entry about"
                    + " it; with --checkpoint, check that the log still extends a signed checkpoint.",
            "Exit status: 0 intact, 1 broken (the first broken entry or record, and why), 2 no readable case store or"
                    + " checkpoint.",
            "Reads the embedded store under CRS_HOME, or PostgreSQL when CRS_DATABASE_URL is set; needs no server."
        })
final class AuditVerifyCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--checkpoint",
            paramLabel = "FILE",
            description = "A checkpoint written by crs audit checkpoint: the log must still extend it.")
    @Nullable
    Path checkpoint;

    AuditVerifyCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        QuietLibraries.warningsOnly();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreSettings settings = StoreSettings.from(environment::get);
        Checkpoint published = null;
        if (checkpoint != null) {
            try {
                published = Checkpoint.parse(Files.readString(checkpoint, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                err.println("crs: audit verify: --checkpoint: " + checkpoint + ": "
                        + (e instanceof IOException ? "cannot be read" : e.getMessage()));
                return CrsCommand.BAD_INPUT;
            }
            if (!published.signedByItsKey()) {
                out.println("checkpoint " + checkpoint + " is NOT VALID: its signature does not match its contents");
                return 1;
            }
        }
        @Nullable Long checkpointEntries = published == null ? null : published.entries();
        Optional<Checked> checked = AuditedStore.walk(
                settings,
                "audit verify",
                err,
                (store, log, chain) -> chain.ok()
                        ? new Checked(
                                chain,
                                List.of(CaseState.verify(store), new Users(store, PasswordHashing.encoder()).verify()),
                                checkpointEntries == null ? Optional.empty() : log.entry(checkpointEntries))
                        : new Checked(chain, List.of(), Optional.empty()));
        if (checked.isEmpty()) {
            return CrsCommand.BAD_INPUT;
        }
        Verification result = checked.get().chain();
        List<RecordCheck> records = checked.get().records();
        Optional<AuditEntry> checkpointEntry = checked.get().checkpointEntry();
        if (result instanceof Verification.Broken broken) {
            out.println("audit chain BROKEN at entry " + broken.firstBrokenEntry() + ": " + broken.reason());
            return 1;
        }
        long entries = ((Verification.Intact) result).entries();
        out.println("audit chain OK: " + entries + " entries");
        for (RecordCheck check : records) {
            if (!check.ok()) {
                out.println("records BROKEN: " + check.firstMismatch());
                return 1;
            }
        }
        out.println("records OK: " + describe(records));
        if (published != null) {
            Optional<String> gap = published.extendedBy(entries, checkpointEntry);
            if (gap.isPresent()) {
                out.println("checkpoint BROKEN: " + gap.get());
                return 1;
            }
            out.println(
                    "checkpoint OK: the log extends the checkpoint of " + published.at() + " (" + published.entries()
                            + " entries, key " + published.keyFingerprint().substring(0, 16) + ")");
            warnOnOtherKey(settings, published, err);
        }
        return 0;
    }

    /** What verification read from the store: the chain, and when it is intact, the records and checkpoint entry. */
    private record Checked(Verification chain, List<RecordCheck> records, Optional<AuditEntry> checkpointEntry) {}

    private static String describe(List<RecordCheck> records) {
        StringBuilder text = new StringBuilder();
        for (RecordCheck check : records) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(check.checked()).append(' ').append(check.kind());
            if (check.predating() > 0) {
                text.append(" (").append(check.predating()).append(" older than record digests, not checked)");
            }
        }
        return text.toString();
    }

    /** A checkpoint signed by a key other than this home's is reported: publish and compare fingerprints. */
    private static void warnOnOtherKey(StoreSettings settings, Checkpoint published, PrintWriter err) {
        Path ours = settings.home().resolve(SigningKey.PUBLIC_FILE);
        if (!Files.isRegularFile(ours)) {
            return;
        }
        try {
            String encoded = Files.readString(ours, StandardCharsets.US_ASCII).strip();
            String theirs =
                    java.util.Base64.getEncoder().encodeToString(published.key().getEncoded());
            if (!encoded.equals(theirs)) {
                err.println("crs: audit verify: note: the checkpoint was signed by key "
                        + published.keyFingerprint().substring(0, 16) + ", not by " + ours);
            }
        } catch (IOException e) {
            err.println("crs: audit verify: note: " + ours + " cannot be read");
        }
    }
}
