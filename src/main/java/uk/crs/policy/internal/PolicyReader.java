package uk.crs.policy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.Policy;
import uk.crs.policy.PolicyReading;
import uk.crs.policy.RuleSpec;
import uk.crs.policy.Scope;

/**
 * Reads one policy document (YAML, or JSON, which is YAML too) into a {@link Policy}, or into every problem found,
 * each naming the file, the path inside it and what is wrong.
 */
public final class PolicyReader {

    // a repeated key would silently replace the first value: reject it instead
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> TOP =
            Set.of("id", "version", "effectiveFrom", "effectiveTo", "scope", "description", "rules");

    private final OffenceCatalogue catalogue;
    private final Set<String> forces;

    public PolicyReader(OffenceCatalogue catalogue, Set<String> forces) {
        this.catalogue = catalogue;
        this.forces = Set.copyOf(forces);
    }

    public PolicyReading read(String file, byte[] bytes) {
        Fields fields = new Fields(file);
        JsonNode root;
        try {
            root = YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            fields.report("", "not valid YAML: " + e.getOriginalMessage());
            return new PolicyReading(null, fields.problems());
        }
        if (root == null || !root.isObject()) {
            fields.report("", "must be a mapping with id, version, effectiveFrom, scope and rules");
            return new PolicyReading(null, fields.problems());
        }
        fields.onlyKnown(root, "", TOP);
        String id = fields.string(root, "", "id", true);
        String version = fields.string(root, "", "version", true);
        LocalDate from = fields.date(root, "", "effectiveFrom", true);
        LocalDate to = fields.date(root, "", "effectiveTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            fields.report("effectiveTo", "must not be before effectiveFrom " + from + ", found " + to);
        }
        Scope scope = scope(fields, root);
        String description = fields.string(root, "", "description", false);
        List<RuleSpec> rules = rules(fields, root);
        if (!fields.problems().isEmpty() || id == null || version == null || from == null || scope == null) {
            return new PolicyReading(null, fields.problems());
        }
        Policy policy = new Policy(
                id, version, from, to, scope, description == null ? "" : description, rules, sha256(bytes), file);
        return new PolicyReading(policy, List.of());
    }

    private @Nullable Scope scope(Fields fields, JsonNode root) {
        String scope = fields.string(root, "", "scope", true);
        if (scope == null) {
            return null;
        }
        if (scope.equals("national")) {
            return Scope.national();
        }
        if (!forces.contains(scope)) {
            fields.report("scope", "must be 'national' or a force slug such as 'cleveland', found '" + scope + "'");
            return null;
        }
        return Scope.force(scope);
    }

    private List<RuleSpec> rules(Fields fields, JsonNode root) {
        JsonNode list = fields.present(root, "", "rules", true);
        List<RuleSpec> rules = new ArrayList<>();
        if (list == null) {
            return rules;
        }
        if (!list.isArray() || list.isEmpty()) {
            fields.report("rules", "must be a non-empty list of rules");
            return rules;
        }
        RuleReader reader = new RuleReader(fields, catalogue);
        Set<String> ids = new HashSet<>();
        int gravity = 0;
        for (int i = 0; i < list.size(); i++) {
            String at = "rules[" + i + "]";
            RuleSpec rule = reader.read(list.get(i), at);
            if (rule == null) {
                continue;
            }
            if (!ids.add(rule.id())) {
                fields.report(at + ".id", "duplicate rule id '" + rule.id() + "'");
            }
            gravity += rule instanceof RuleSpec.Gravity ? 1 : 0;
            rules.add(rule);
        }
        if (gravity != 1 && fields.problems().isEmpty()) {
            fields.report("rules", "must contain exactly one rule of kind 'gravity', found " + gravity);
        }
        return rules;
    }

    /** The lowercase hex sha256 of the file's bytes, recorded on every decision made under it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
