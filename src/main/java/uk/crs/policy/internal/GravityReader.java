package uk.crs.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uk.crs.policy.Matrix;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.Provenance;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/** Reads a {@code gravity} rule: both matrices, their bands, and the factor weights. */
final class GravityReader {

    private static final Set<String> MATRIX =
            Set.of("maxScore", "defaultScore", "byGroup", "byFlag", "byCode", "bands");
    private static final Set<String> BAND = Set.of("score", "effect", "rank", "meaning");

    private final Fields fields;
    private final OffenceCatalogue catalogue;

    GravityReader(Fields fields, OffenceCatalogue catalogue) {
        this.fields = fields;
        this.catalogue = catalogue;
    }

    RuleSpec.@Nullable Gravity read(String id, String clause, Provenance p, JsonNode rule, String at) {
        Integer maxMovement = fields.integer(rule, at, "maxMovement", true, 0, 4);
        // aggravating weights only raise and mitigating only lower a score, so more aggravation is never more lenient
        Map<String, Integer> aggravating = fields.integers(rule, at, "aggravating", 0, 4);
        Map<String, Integer> mitigating = fields.integers(rule, at, "mitigating", -4, 0);
        Matrix adult = matrix(rule, Fields.path(at, "adult"), "adult", 4);
        Matrix child = matrix(rule, Fields.path(at, "child"), "child", 5);
        String starting = choice(rule, at, "startingScores", "policy", "catalogue");
        String unlisted = choice(rule, at, "unlistedFactors", "count", "ignore");
        String inherent = choice(rule, at, "inherentFactors", "count", "skip");
        if (maxMovement == null || adult == null || child == null) {
            return null;
        }
        return new RuleSpec.Gravity(
                id,
                clause,
                p,
                adult,
                child,
                aggravating,
                mitigating,
                maxMovement,
                starting.equals("catalogue"),
                unlisted.equals("ignore"),
                inherent.equals("skip"));
    }

    /** An optional setting with two values; absent means the first (the version-1 behaviour). */
    private String choice(JsonNode rule, String at, String name, String first, String second) {
        String value = fields.string(rule, at, name, false);
        if (value == null) {
            return first;
        }
        if (!value.equals(first) && !value.equals(second)) {
            fields.report(Fields.path(at, name), "must be " + first + " or " + second + ", found '" + value + "'");
            return first;
        }
        return value;
    }

    private @Nullable Matrix matrix(JsonNode rule, String at, String name, int expectedMax) {
        JsonNode node = fields.present(rule, parent(at), name, true);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            fields.report(at, "must be a mapping, found " + fields.describe(node));
            return null;
        }
        fields.onlyKnown(node, at, MATRIX);
        Integer max = fields.integer(node, at, "maxScore", true, expectedMax, expectedMax);
        int top = max == null ? expectedMax : max;
        Integer fallback = fields.integer(node, at, "defaultScore", true, 1, top);
        Map<String, Integer> byGroup = fields.integers(node, at, "byGroup", 1, top);
        for (String group : byGroup.keySet()) {
            if (!GroupNames.of(catalogue).contains(group)) {
                fields.report(Fields.path(at, "byGroup") + "." + group, "unknown offence group or subgroup");
            }
        }
        Map<String, Integer> byFlag = fields.integers(node, at, "byFlag", 1, top);
        for (String flag : byFlag.keySet()) {
            fields.enumValue(OffenceFlag.class, flag, Fields.path(at, "byFlag") + "." + flag);
        }
        Map<String, Integer> byCode = fields.integers(node, at, "byCode", 1, top);
        for (String code : byCode.keySet()) {
            if (catalogue.find(code).isEmpty()) {
                fields.report(Fields.path(at, "byCode") + "." + code, "unknown offence code '" + code + "'");
            }
        }
        List<Matrix.Band> bands = bands(node, at, top);
        return fallback == null || bands == null ? null : new Matrix(top, fallback, byGroup, byFlag, byCode, bands);
    }

    private @Nullable List<Matrix.Band> bands(JsonNode matrix, String at, int max) {
        JsonNode list = fields.present(matrix, at, "bands", true);
        String bandsAt = Fields.path(at, "bands");
        if (list == null) {
            return null;
        }
        if (!list.isArray() || list.size() != max) {
            fields.report(bandsAt, "must list one band for each score from 1 to " + max);
            return null;
        }
        List<Matrix.Band> bands = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String bandAt = bandsAt + "[" + i + "]";
            JsonNode band = list.get(i);
            fields.onlyKnown(band, bandAt, BAND);
            Integer score = fields.integer(band, bandAt, "score", true, i + 1, i + 1);
            String text = fields.string(band, bandAt, "effect", true);
            Matrix.Effect effect =
                    text == null ? null : fields.enumValue(Matrix.Effect.class, text, bandAt + ".effect");
            Rank rank = fields.rank(band, bandAt, "rank", effect == Matrix.Effect.ESCALATE);
            String meaning = fields.string(band, bandAt, "meaning", true);
            if (effect == Matrix.Effect.ESCALATE && rank == Rank.NONE) {
                fields.report(bandAt + ".rank", "an ESCALATE band must name a rank above NONE");
            }
            if (effect != Matrix.Effect.ESCALATE && rank != null && rank != Rank.NONE) {
                fields.report(bandAt + ".rank", "only an ESCALATE band names a rank");
            }
            if (score != null && effect != null && meaning != null) {
                bands.add(new Matrix.Band(score, effect, rank == null ? Rank.NONE : rank, meaning));
            }
        }
        return bands.size() == max ? bands : null;
    }

    private static String parent(String at) {
        return at.substring(0, at.lastIndexOf('.'));
    }
}
