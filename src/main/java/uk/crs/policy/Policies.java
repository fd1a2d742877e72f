package uk.crs.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.crs.forces.Forces;
import uk.crs.policy.internal.PolicyReader;

/**
 * A set of policy versions, national and per force, that chooses the one to decide a case under.
 *
 * <p>A force's own policy in force on the offence date wins; otherwise the national policy in force on that date.
 */
public final class Policies {

    private static final String INDEX = "/policy/index.txt";

    private final List<Policy> policies;
    // for choosing per decision: each force's own policies and the national ones, latest effective date first
    private final Map<String, List<Policy>> byForce = new HashMap<>();
    private final List<Policy> national;

    private Policies(List<Policy> policies) {
        this.policies = List.copyOf(policies);
        Comparator<Policy> latestFirst =
                Comparator.comparing(Policy::effectiveFrom).reversed();
        List<Policy> nationals = new ArrayList<>();
        for (Policy p : this.policies) {
            String force = p.scope().force();
            if (force == null) {
                nationals.add(p);
            } else {
                byForce.computeIfAbsent(force, k -> new ArrayList<>()).add(p);
            }
        }
        // a stable sort: of two versions starting the same day, the one listed first wins, as it always has
        nationals.sort(latestFirst);
        this.national = List.copyOf(nationals);
        byForce.replaceAll((k, v) -> {
            v.sort(latestFirst);
            return List.copyOf(v);
        });
    }

    public static Policies of(List<Policy> policies) {
        return new Policies(policies);
    }

    /** The policies shipped with crs, listed in {@code policy/index.txt}; loaded once. */
    public static Policies bundled() {
        return Bundled.INSTANCE;
    }

    public List<Policy> all() {
        return policies;
    }

    /** A reader that checks offence codes against the bundled catalogue and scopes against the known forces. */
    public static PolicyReading read(String name, byte[] bytes) {
        return new PolicyReader(OffenceCatalogue.bundled(), Forces.standard().recordingSlugs()).read(name, bytes);
    }

    public static PolicyReading read(Path file) {
        try {
            return read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return new PolicyReading(
                    null, List.of(new PolicyProblem(file.toString(), "", "cannot read the file: " + e.getMessage())));
        }
    }

    /**
     * The policy for a force on a date: the force's own if one is in force, else the national one. Where two versions
     * of one policy are in force (an open-ended version and a later one that supersedes it), the later one applies.
     */
    public Optional<Policy> select(String force, LocalDate date) {
        // this runs once per decision: the candidates were sorted when the policies were loaded
        List<Policy> own = byForce.get(force);
        if (own != null) {
            for (Policy p : own) {
                if (p.inForceOn(date)) {
                    return Optional.of(p);
                }
            }
        }
        for (Policy p : national) {
            if (p.inForceOn(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code later} is a new version of {@code earlier}'s policy that supersedes it from its own start: same
     * id and scope, starting after the earlier one starts. The earlier file is left byte for byte as it was, so the
     * sha256 recorded on decisions made under it still identifies it.
     */
    private static boolean supersedes(Policy later, Policy earlier) {
        return later.id().equals(earlier.id()) && later.effectiveFrom().isAfter(earlier.effectiveFrom());
    }

    /**
     * A policy named explicitly: {@code id@version}, or {@code id} for the version in force on the date (or, if none
     * is, the latest).
     */
    public Optional<Policy> find(String name, LocalDate date) {
        int at = name.indexOf('@');
        if (at >= 0) {
            return policies.stream().filter(p -> p.label().equals(name)).findFirst();
        }
        List<Policy> versions =
                policies.stream().filter(p -> p.id().equals(name)).toList();
        return versions.stream()
                .filter(p -> p.inForceOn(date))
                .max(Comparator.comparing(Policy::effectiveFrom))
                .or(() -> versions.stream().max(Comparator.comparing(Policy::effectiveFrom)));
    }

    /** Problems if the candidate's effective period overlaps another policy of the same scope (other than itself). */
    public List<PolicyProblem> overlaps(Policy candidate) {
        List<PolicyProblem> problems = new ArrayList<>();
        for (Policy p : policies) {
            if (p != candidate
                    && !p.sha256().equals(candidate.sha256())
                    && p.overlaps(candidate)
                    && !supersedes(candidate, p)
                    && !supersedes(p, candidate)) {
                problems.add(new PolicyProblem(
                        candidate.source(),
                        "effectiveFrom",
                        "the period " + period(candidate) + " for scope "
                                + candidate.scope().label() + " overlaps " + p.label() + " (" + period(p) + ", "
                                + p.source() + ")"));
            }
        }
        return problems;
    }

    private static String period(Policy p) {
        LocalDate to = p.effectiveTo();
        return p.effectiveFrom() + " to " + (to == null ? "open" : to.toString());
    }

    /** Policies plus more, e.g. files given on the command line. */
    public Policies with(List<Policy> more) {
        List<Policy> all = new ArrayList<>(policies);
        all.addAll(more);
        return new Policies(all);
    }

    private static final class Bundled {
        static final Policies INSTANCE = load();

        private static Policies load() {
            List<Policy> loaded = new ArrayList<>();
            for (String name : resource(INDEX)
                    .lines()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList()) {
                String path = "/policy/" + name;
                PolicyReading reading = read("classpath:" + path, resourceBytes(path));
                Policy policy = reading.policy();
                if (policy == null) {
                    throw new IllegalStateException("bundled policy is invalid: " + reading.problems());
                }
                loaded.add(policy);
            }
            return new Policies(loaded);
        }

        private static String resource(String path) {
            return new String(resourceBytes(path), StandardCharsets.UTF_8);
        }

        private static byte[] resourceBytes(String path) {
            try (InputStream in = Policies.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }
}
