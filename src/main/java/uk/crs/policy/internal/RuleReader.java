package uk.crs.policy.internal;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.Provenance;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/** Reads one entry of a policy's {@code rules} list according to its {@code kind}. */
final class RuleReader {

    private static final Set<String> COMMON = Set.of("kind", "id", "clause", "placeholder", "source");

    private final Fields fields;
    private final MatchReader matches;
    private final GravityReader gravity;

    RuleReader(Fields fields, OffenceCatalogue catalogue) {
        this.fields = fields;
        this.matches = new MatchReader(fields, catalogue);
        this.gravity = new GravityReader(fields, catalogue);
    }

    @Nullable
    RuleSpec read(JsonNode rule, String at) {
        if (!rule.isObject()) {
            fields.report(at, "must be a mapping with kind, id and clause, found " + fields.describe(rule));
            return null;
        }
        String kind = fields.string(rule, at, "kind", true);
        String id = fields.string(rule, at, "id", true);
        String clause = fields.string(rule, at, "clause", true);
        Provenance provenance = provenance(rule, at);
        if (kind == null) {
            return null;
        }
        if (!RuleSpec.kinds().contains(kind)) {
            fields.report(
                    Fields.path(at, "kind"), "unknown rule kind '" + kind + "'; expected one of " + RuleSpec.kinds());
            return null;
        }
        int before = fields.problems().size();
        RuleSpec spec = id == null || clause == null ? null : build(kind, id, clause, provenance, rule, at);
        return fields.problems().size() == before ? spec : null;
    }

    private @Nullable RuleSpec build(String kind, String id, String clause, Provenance p, JsonNode r, String at) {
        switch (kind) {
            case "evidence":
                known(r, at);
                return new RuleSpec.Evidence(id, clause, p);
            case "responsibility":
                known(r, at);
                return new RuleSpec.Responsibility(id, clause, p);
            case "appropriate-adult":
                known(r, at, "underAge");
                Integer under = fields.integer(r, at, "underAge", true, 10, 25);
                return under == null ? null : new RuleSpec.AppropriateAdult(id, clause, p, under);
            case "victim-consulted":
                known(r, at, "whenNotConsulted");
                String when = fields.string(r, at, "whenNotConsulted", true);
                if (when != null && !when.equals("BLOCK") && !when.equals("WARN")) {
                    fields.report(Fields.path(at, "whenNotConsulted"), "must be BLOCK or WARN, found '" + when + "'");
                }
                return new RuleSpec.VictimConsulted(id, clause, p, "BLOCK".equals(when));
            case "victim-consent":
                known(r, at, "consentRequired", "overrideRank");
                Boolean required = fields.bool(r, at, "consentRequired", true);
                Rank override = nonNone(fields.rank(r, at, "overrideRank", true), Fields.path(at, "overrideRank"));
                return required == null || override == null
                        ? null
                        : new RuleSpec.VictimConsent(id, clause, p, required, override);
            case "exclusion":
                known(r, at, "when");
                return new RuleSpec.Exclusion(id, clause, p, matches.read(r, at));
            case "escalation":
                known(r, at, "when", "rank");
                Rank rank = fields.rank(r, at, "rank", true);
                return rank == null ? null : new RuleSpec.Escalation(id, clause, p, matches.read(r, at), rank);
            case "indictable-only":
                known(r, at, "exceptionalAuthorisation");
                Rank exceptional = nonNone(
                        fields.rank(r, at, "exceptionalAuthorisation", false),
                        Fields.path(at, "exceptionalAuthorisation"));
                return new RuleSpec.IndictableOnly(id, clause, p, exceptional);
            case "gravity":
                known(r, at, "maxMovement", "aggravating", "mitigating", "adult", "child");
                return gravity.read(id, clause, p, r, at);
            case "offending-history":
                known(r, at, HistoryReader.FIELDS.toArray(String[]::new));
                return new HistoryReader(fields).read(id, clause, p, r, at);
            case "rationale":
                known(r, at, "minimumLength");
                Integer min = fields.integer(r, at, "minimumLength", true, 1, 10_000);
                return min == null ? null : new RuleSpec.Rationale(id, clause, p, min);
            default:
                throw new AssertionError(kind);
        }
    }

    private @Nullable Rank nonNone(@Nullable Rank rank, String at) {
        if (rank == Rank.NONE) {
            fields.report(at, "must name a rank (SERGEANT, INSPECTOR or SUPERINTENDENT), found NONE");
            return null;
        }
        return rank;
    }

    private Provenance provenance(JsonNode rule, String at) {
        Boolean placeholder = fields.bool(rule, at, "placeholder", false);
        String source = fields.string(rule, at, "source", false);
        if (Boolean.TRUE.equals(placeholder) && (source == null || source.isBlank())) {
            fields.report(Fields.path(at, "source"), "a placeholder must say where its value comes from");
        }
        return new Provenance(Boolean.TRUE.equals(placeholder), source == null ? "" : source);
    }

    private void known(JsonNode rule, String at, String... specific) {
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(Set.of(specific));
        fields.onlyKnown(rule, at, allowed);
    }
}
