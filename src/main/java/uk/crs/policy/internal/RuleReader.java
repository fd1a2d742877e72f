package uk.crs.policy.internal;

import java.util.HashSet;
import java.util.List;
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
                known(
                        r,
                        at,
                        "maxMovement",
                        "aggravating",
                        "mitigating",
                        "adult",
                        "child",
                        "startingScores",
                        "unlistedFactors",
                        "inherentFactors");
                return gravity.read(id, clause, p, r, at);
            case "serious-by-nature":
                known(r, at);
                return new RuleSpec.SeriousByNature(id, clause, p);
            case "value": {
                known(r, at, "lowValueLimitGbp", "overLowValueRank", "overThresholdRank");
                Integer limit = fields.integer(r, at, "lowValueLimitGbp", true, 0, 1_000_000);
                Rank low = nonNone(fields.rank(r, at, "overLowValueRank", true), Fields.path(at, "overLowValueRank"));
                Rank over =
                        nonNone(fields.rank(r, at, "overThresholdRank", true), Fields.path(at, "overThresholdRank"));
                return limit == null || low == null || over == null
                        ? null
                        : new RuleSpec.ValueLimits(id, clause, p, limit, low, over);
            }
            case "domestic-abuse": {
                known(r, at, "familyRank");
                Rank family = nonNone(fields.rank(r, at, "familyRank", true), Fields.path(at, "familyRank"));
                return family == null ? null : new RuleSpec.DomesticAbuse(id, clause, p, family);
            }
            case "knife-crime": {
                known(r, at, "under16Rank");
                Rank under16 = nonNone(fields.rank(r, at, "under16Rank", true), Fields.path(at, "under16Rank"));
                return under16 == null ? null : new RuleSpec.KnifeCrime(id, clause, p, under16);
            }
            case "hate-crime": {
                known(r, at, "historyWithinMonths", "rank");
                Integer months = fields.integer(r, at, "historyWithinMonths", true, 1, 1200);
                Rank hateRank = fields.rank(r, at, "rank", true);
                return months == null || hateRank == null
                        ? null
                        : new RuleSpec.HateCrime(id, clause, p, months, hateRank);
            }
            case "outcome-21":
                known(r, at);
                return new RuleSpec.Outcome21(id, clause, p);
            case "relevant-history": {
                known(
                        r,
                        at,
                        "relevantWithinMonths",
                        "adultRank",
                        "similarWithinMonths",
                        "similarRank",
                        "repeatWithinMonths",
                        "repeatRank");
                Integer relevant = fields.integer(r, at, "relevantWithinMonths", true, 1, 1200);
                Rank adultRank = fields.rank(r, at, "adultRank", true);
                Integer similar = fields.integer(r, at, "similarWithinMonths", true, 1, 1200);
                Rank similarRank = fields.rank(r, at, "similarRank", true);
                Integer repeat = fields.integer(r, at, "repeatWithinMonths", true, 1, 1200);
                Rank repeatRank = fields.rank(r, at, "repeatRank", true);
                return relevant == null
                                || adultRank == null
                                || similar == null
                                || similarRank == null
                                || repeat == null
                                || repeatRank == null
                        ? null
                        : new RuleSpec.RelevantHistory(
                                id, clause, p, relevant, adultRank, similar, similarRank, repeat, repeatRank);
            }
            case "community-remedy": {
                known(r, at, "actions");
                List<String> actions = fields.strings(r, at, "actions");
                if (actions.isEmpty()) {
                    fields.report(Fields.path(at, "actions"), "must list the Community Remedy actions");
                }
                return new RuleSpec.CommunityRemedy(id, clause, p, actions);
            }
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
