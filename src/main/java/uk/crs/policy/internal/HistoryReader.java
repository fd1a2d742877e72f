package uk.crs.policy.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uk.crs.policy.Disposal;
import uk.crs.policy.Provenance;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/** Reads an {@code offending-history} rule. */
final class HistoryReader {

    static final Set<String> FIELDS =
            Set.of("adultAnyPrior", "childAnyPrior", "byDisposal", "similarOffence", "repeatCommunityResolution");
    private static final Set<String> PERIOD = Set.of("withinMonths", "rank");

    private final Fields fields;

    HistoryReader(Fields fields) {
        this.fields = fields;
    }

    RuleSpec.@Nullable History read(String id, String clause, Provenance p, JsonNode rule, String at) {
        Rank adult = fields.rank(rule, at, "adultAnyPrior", true);
        Rank child = fields.rank(rule, at, "childAnyPrior", true);
        Map<Disposal, Rank> byDisposal = new EnumMap<>(Disposal.class);
        JsonNode map = fields.present(rule, at, "byDisposal", false);
        String mapAt = Fields.path(at, "byDisposal");
        if (map != null && !map.isObject()) {
            fields.report(mapAt, "must be a mapping of disposals to ranks, found " + fields.describe(map));
        } else if (map != null) {
            for (String name : map.propertyNames()) {
                Disposal d = fields.enumValue(Disposal.class, name, Fields.path(mapAt, name));
                Rank r = fields.rank(map, mapAt, name, true);
                if (d != null && r != null) {
                    byDisposal.put(d, r);
                }
            }
        }
        JsonNode similar = period(rule, at, "similarOffence");
        JsonNode repeat = period(rule, at, "repeatCommunityResolution");
        String similarAt = Fields.path(at, "similarOffence");
        String repeatAt = Fields.path(at, "repeatCommunityResolution");
        Integer similarMonths =
                similar == null ? null : fields.integer(similar, similarAt, "withinMonths", true, 0, 240);
        Rank similarRank = similar == null ? null : fields.rank(similar, similarAt, "rank", true);
        Integer repeatMonths = repeat == null ? null : fields.integer(repeat, repeatAt, "withinMonths", true, 0, 240);
        Rank repeatRank = repeat == null ? null : fields.rank(repeat, repeatAt, "rank", true);
        if (adult == null
                || child == null
                || similarMonths == null
                || similarRank == null
                || repeatMonths == null
                || repeatRank == null) {
            return null;
        }
        return new RuleSpec.History(
                id, clause, p, adult, child, byDisposal, similarMonths, similarRank, repeatMonths, repeatRank);
    }

    private @Nullable JsonNode period(JsonNode rule, String at, String name) {
        JsonNode node = fields.present(rule, at, name, true);
        if (node != null && !node.isObject()) {
            fields.report(Fields.path(at, name), "must be a mapping with withinMonths and rank");
            return null;
        }
        if (node != null) {
            fields.onlyKnown(node, Fields.path(at, name), PERIOD);
        }
        return node;
    }
}
