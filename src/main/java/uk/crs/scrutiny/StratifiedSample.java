package uk.crs.scrutiny;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stratified draw: every eligible case falls in exactly one stratum, the first thematic stratum (in the plan's
 * order) whose theme or offence codes it matches, or else the random stratum. Each stratum is its own manifest and
 * its own Rivest draw with the seed text {@code SEED + "/" + STRATUM_NAME}, so each can be re-checked alone. The
 * sampling fraction of each stratum is kept so that rates can be re-weighted ({@link StratifiedRate}).
 */
public record StratifiedSample(String seedSha256, List<StratumDraw> strata) {

    public StratifiedSample {
        strata = List.copyOf(strata);
    }

    /** A case that may be drawn, with its offence code and the themes that apply to it. */
    public record EligibleCase(String reference, String offenceCode, Set<Theme> themes) {
        public EligibleCase {
            themes = Set.copyOf(themes);
        }
    }

    /**
     * One stratum of the plan.
     *
     * @param theme the theme it selects, or null for the random stratum or an offence-code theme
     * @param offenceCodes Home Office offence codes it selects (an offence theme), or empty
     * @param size how many cases to draw (all of them if fewer are eligible)
     */
    public record StratumSpec(String name, @Nullable Theme theme, List<String> offenceCodes, int size) {
        public StratumSpec {
            requireNonNull(name, "name");
            offenceCodes = List.copyOf(offenceCodes);
            if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw new IllegalArgumentException(
                        "a stratum name is 1-40 lower-case letters, digits and hyphens, found '" + name + "'");
            }
            if (size < 0) {
                throw new IllegalArgumentException("stratum " + name + ": size must not be negative");
            }
        }

        /** The random stratum: every case no thematic stratum took. */
        public static StratumSpec random(int size) {
            return new StratumSpec("random", null, List.of(), size);
        }

        boolean isRandom() {
            return theme == null && offenceCodes.isEmpty();
        }

        boolean selects(EligibleCase c) {
            return (theme != null && c.themes().contains(theme)) || offenceCodes.contains(c.offenceCode());
        }
    }

    /** A drawn case: the hash counter, its position in the stratum's manifest and its reference. */
    public record DrawnCase(int counter, int position, String reference) {}

    /** One stratum's manifest and draw, with its weight in the whole. */
    public record StratumDraw(
            String name,
            @Nullable Theme theme,
            List<String> offenceCodes,
            Manifest manifest,
            List<DrawnCase> drawn,
            double samplingFraction,
            double populationShare) {}

    /**
     * Draws every stratum. A plan has at most one random stratum and unique names.
     *
     * @throws IllegalArgumentException for an invalid plan
     */
    public static StratifiedSample draw(String seed, List<StratumSpec> plan, List<EligibleCase> eligible) {
        SeedCommitment commitment = SeedCommitment.to(seed);
        Set<String> names = new HashSet<>();
        for (StratumSpec s : plan) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("stratum '" + s.name() + "' appears twice in the plan");
            }
        }
        if (plan.stream().filter(StratumSpec::isRandom).count() > 1) {
            throw new IllegalArgumentException("a plan has at most one random stratum");
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        plan.forEach(s -> members.put(s.name(), new ArrayList<>()));
        for (EligibleCase c : eligible) {
            plan.stream()
                    .filter(s -> !s.isRandom() && s.selects(c))
                    .findFirst()
                    .or(() -> plan.stream().filter(StratumSpec::isRandom).findFirst())
                    .ifPresent(s -> members.computeIfAbsent(s.name(), k -> new ArrayList<>())
                            .add(c.reference()));
        }
        int total = members.values().stream().mapToInt(List::size).sum();
        List<StratumDraw> draws = new ArrayList<>();
        for (StratumSpec s : plan) {
            Manifest manifest = Manifest.of(members.getOrDefault(s.name(), List.of()));
            int size = Math.min(s.size(), manifest.size());
            List<DrawnCase> drawn = Sampler.draw(seed + "/" + s.name(), manifest.size(), size).stream()
                    .map(d -> new DrawnCase(d.counter(), d.position(), manifest.at(d.position())))
                    .toList();
            draws.add(new StratumDraw(
                    s.name(),
                    s.theme(),
                    s.offenceCodes(),
                    manifest,
                    drawn,
                    manifest.size() == 0 ? 0 : (double) size / manifest.size(),
                    total == 0 ? 0 : (double) manifest.size() / total));
        }
        return new StratifiedSample(commitment.sha256(), draws);
    }

    /** Every drawn reference, stratum by stratum. */
    public List<String> references() {
        return strata.stream()
                .flatMap(s -> s.drawn().stream().map(DrawnCase::reference))
                .toList();
    }
}
