package uk.crs.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.crs.decision.rules.Assessment;
import uk.crs.decision.rules.GravityScore;
import uk.crs.decision.rules.GravityScoring;
import uk.crs.decision.rules.Rule;
import uk.crs.decision.rules.Rules;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.OffenceDefinition;
import uk.crs.policy.Offences;
import uk.crs.policy.Policy;
import uk.crs.policy.RuleSpec;

/**
 * Decides one case under one policy: scores it, evaluates every rule (never stopping at the first refusal) and
 * combines the results. Pure: the same facts and policy always give an equal decision.
 */
public final class DecisionEngine {

    private final OffenceCatalogue catalogue;
    private final Offences offences;
    // keyed by the policy file's sha256: the same bytes always give the same rules
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();
    // built once, not per decision
    private final BiFunction<OffenceKey, RuleSpec.Gravity, Resolved> resolver = this::resolve;
    private final Function<String, Optional<Offence>> findClass;

    public DecisionEngine(OffenceCatalogue catalogue) {
        this(
                catalogue,
                catalogue == OffenceCatalogue.bundled() ? Offences.bundled() : Offences.of(List.of(), catalogue));
    }

    public DecisionEngine(OffenceCatalogue catalogue, Offences offences) {
        this.catalogue = catalogue;
        this.offences = offences;
        this.findClass = catalogue::find;
    }

    /**
     * @throws IllegalArgumentException if the offence code is not in the catalogue (the JSON boundary rejects those)
     */
    public Decision decide(CaseFacts facts, Policy policy) {
        Compiled c = compiledFor(policy);
        Resolved resolved = c.resolve(facts.offence(), resolver);
        Offence offence = resolved.offence();
        OffenceDefinition definition = resolved.definition();
        GravityScore score = GravityScoring.score(c.gravity(), facts, offence, definition);
        Assessment assessment = new Assessment(facts, offence, score, findClass, definition);
        List<RuleResult> results = new ArrayList<>(c.rules().size());
        for (Rule rule : c.rules()) {
            results.add(rule.evaluate(assessment));
        }
        return Decision.of(
                facts, score.score(), results, c.ref(), assessment.title(), resolved.warnings(facts.offence()));
    }

    private Compiled compiledFor(Policy policy) {
        Compiled known = compiled.get(policy.sha256());
        return known != null ? known : compiled.computeIfAbsent(policy.sha256(), k -> Compiled.of(policy));
    }

    /**
     * The offence the rules match on and the offence-level entry decided on, for how the offence was named; the same
     * for every case that names it so, so it is worked out once per policy.
     */
    private Resolved resolve(OffenceKey key, RuleSpec.Gravity gravity) {
        String code = key.code();
        String offenceId = key.offenceId();
        if (offenceId != null) {
            OffenceDefinition definition = offences.find(offenceId)
                    .orElseThrow(() -> new IllegalArgumentException("unknown offence id " + offenceId));
            Offence view = offences.classView(definition);
            Offence offence = view.code().equalsIgnoreCase(code)
                    ? view
                    : new Offence(
                            code,
                            view.description(),
                            catalogue.find(code).map(Offence::group).orElse(view.group()),
                            catalogue.find(code).map(Offence::subgroup).orElse(view.subgroup()),
                            view.modeOfTrial(),
                            view.flags(),
                            view.modeOfTrialSource(),
                            view.note());
            return new Resolved(offence, definition, true);
        }
        List<OffenceDefinition> inClass = offences.inClass(code);
        OffenceDefinition definition = inClass.isEmpty() ? null : inClass.get(0);
        Offence row = catalogue.find(code).orElse(null);
        // a policy that scores from the offence catalogue decides a class on its most serious offence; one that
        // scores from its own tables (version 1) keeps the class row it was written for
        if (definition != null && gravity.catalogueScores()) {
            Offence view = offences.classView(definition);
            Offence offence = new Offence(
                    code,
                    view.description(),
                    row == null ? view.group() : row.group(),
                    row == null ? view.subgroup() : row.subgroup(),
                    view.modeOfTrial(),
                    view.flags(),
                    view.modeOfTrialSource(),
                    view.note());
            return new Resolved(offence, definition, false);
        }
        if (row != null) {
            return new Resolved(row, definition, false);
        }
        if (definition != null) {
            return new Resolved(offences.classView(definition), definition, false);
        }
        throw new IllegalArgumentException("unknown offence code " + code);
    }

    /** A class or section that covers offences differing in mode or gravity: say which was decided on. */
    private List<String> warningText(Offence offence, boolean named, List<String> choices) {
        StringBuilder s = new StringBuilder();
        for (String id : choices) {
            offences.find(id).ifPresent(d -> s.append(s.length() == 0 ? "" : "; ")
                    .append(d.id())
                    .append(" (")
                    .append(d.title())
                    .append(", ")
                    .append(d.citation())
                    .append(')'));
        }
        String first =
                offences.find(choices.get(0)).map(OffenceDefinition::title).orElse(choices.get(0));
        String given = named
                ? "the legislation and section given"
                : "the Home Office class " + offence.code() + " (" + offence.description() + ")";
        return List.of(given + " covers offences that differ in mode of trial or gravity; decided on the most"
                + " serious, " + first + ". Name the offence with offence.id to decide on it: " + s);
    }

    /** How a case names its offence: a Home Office class, and the catalogue id when one was named. */
    private record OffenceKey(String code, @Nullable String offenceId) {}

    /**
     * An offence as resolved under one policy, with the warning text for each set of choices its naming left open
     * (built on first use: the text depends only on the offence and the choices).
     */
    private final class Resolved {
        private final Offence offence;
        private final @Nullable OffenceDefinition definition;
        private final boolean named;
        private final Map<List<String>, List<String>> warnings = new ConcurrentHashMap<>();
        // the choices most recently asked about: cases parsed from JSON share the catalogue's list, so this is
        // usually the same list and the map is not consulted
        private volatile @Nullable Warned last;

        Resolved(Offence offence, @Nullable OffenceDefinition definition, boolean named) {
            this.offence = offence;
            this.definition = definition;
            this.named = named;
        }

        Offence offence() {
            return offence;
        }

        @Nullable
        OffenceDefinition definition() {
            return definition;
        }

        List<String> warnings(CaseFacts.OffenceDetails details) {
            List<String> choices = details.choices();
            if (choices.isEmpty()) {
                return List.of();
            }
            Warned w = last;
            if (w != null && w.choices() == choices) {
                return w.text();
            }
            List<String> text = warnings.computeIfAbsent(choices, k -> warningText(offence, named, choices));
            last = new Warned(choices, text);
            return text;
        }
    }

    /** A set of choices and the warning text for it. */
    private record Warned(List<String> choices, List<String> text) {}

    /**
     * A policy's rules ready to evaluate, its one gravity rule, the reference decisions carry, and the offences its
     * cases have named, resolved.
     */
    private record Compiled(
            List<Rule> rules, RuleSpec.Gravity gravity, PolicyRef ref, Map<OffenceKey, Resolved> offences) {
        static Compiled of(Policy policy) {
            RuleSpec.Gravity gravity = policy.rules().stream()
                    .filter(RuleSpec.Gravity.class::isInstance)
                    .map(RuleSpec.Gravity.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(policy.label() + " has no gravity rule"));
            return new Compiled(Rules.of(policy.rules()), gravity, PolicyRef.of(policy), new ConcurrentHashMap<>());
        }

        Resolved resolve(CaseFacts.OffenceDetails details, BiFunction<OffenceKey, RuleSpec.Gravity, Resolved> how) {
            OffenceKey key = new OffenceKey(details.code(), details.offenceId());
            Resolved known = offences.get(key);
            return known != null ? known : offences.computeIfAbsent(key, k -> how.apply(k, gravity));
        }
    }
}
