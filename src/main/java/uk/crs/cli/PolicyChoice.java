package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.Decider;
import uk.crs.policy.Policies;
import uk.crs.policy.Policy;
import uk.crs.policy.PolicyProblem;
import uk.crs.policy.PolicyReading;

/** Which policy to decide under: the one in force for each case, a named bundled policy, or a policy file. */
final class PolicyChoice {

    private final @Nullable String name;
    private final @Nullable Policy file;

    private PolicyChoice(@Nullable String name, @Nullable Policy file) {
        this.name = name;
        this.file = file;
    }

    /** Reads {@code --policy}; reports a problem on err and answers empty when it names nothing usable. */
    static Optional<PolicyChoice> parse(@Nullable String option, Policies bundled, PrintWriter err) {
        if (option == null) {
            return Optional.of(new PolicyChoice(null, null));
        }
        Optional<Policy> loaded = load(option, bundled, err);
        if (loaded.isPresent()) {
            return Optional.of(new PolicyChoice(null, loaded.get()));
        }
        if (looksLikeFile(option) || Files.isRegularFile(Path.of(option))) {
            return Optional.empty();
        }
        boolean known = bundled.all().stream()
                .anyMatch(p -> p.id().equals(option) || p.label().equals(option));
        if (!known) {
            err.println("crs: --policy: unknown policy '" + option + "'; bundled: "
                    + bundled.all().stream().map(Policy::label).collect(Collectors.joining(", "))
                    + " (or give a policy file)");
            return Optional.empty();
        }
        return Optional.of(new PolicyChoice(option, null));
    }

    /** A policy file, if the option names one that exists; problems are reported on err. */
    static Optional<Policy> load(String option, Policies bundled, PrintWriter err) {
        if (!Files.isRegularFile(Path.of(option))) {
            if (looksLikeFile(option)) {
                err.println("crs: --policy: " + option + ": no such file");
            }
            return Optional.empty();
        }
        PolicyReading reading = Policies.read(Path.of(option));
        Policy policy = reading.policy();
        if (policy == null) {
            for (PolicyProblem p : reading.problems()) {
                err.println("crs: " + p.message());
            }
            return Optional.empty();
        }
        return Optional.of(policy);
    }

    private static boolean looksLikeFile(String option) {
        return option.contains("/") || option.endsWith(".yaml") || option.endsWith(".yml") || option.endsWith(".json");
    }

    Optional<Policy> policyFor(Decider decider, CaseFacts facts) {
        if (file != null) {
            return Optional.of(file);
        }
        if (name != null) {
            return decider.policies().find(name, facts.offence().date());
        }
        return decider.policyFor(facts);
    }
}
