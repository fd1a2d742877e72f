package uk.crs.policy.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import uk.crs.policy.Circumstance;
import uk.crs.policy.Match;
import uk.crs.policy.ModeOfTrial;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.OffenceFlag;

/** Reads the {@code when} criteria of an exclusion or escalation, checking codes, flags and groups against the catalogue. */
final class MatchReader {

    private static final Set<String> FIELDS = Set.of(
            "offenceCodes", "offenceFlags", "offenceGroups", "modesOfTrial", "circumstances", "minAge", "maxAge");

    private final Fields fields;
    private final OffenceCatalogue catalogue;

    MatchReader(Fields fields, OffenceCatalogue catalogue) {
        this.fields = fields;
        this.catalogue = catalogue;
    }

    Match read(JsonNode rule, String ruleAt) {
        String at = Fields.path(ruleAt, "when");
        JsonNode when = fields.present(rule, ruleAt, "when", true);
        if (when == null || !when.isObject() || when.isEmpty()) {
            if (when != null) {
                fields.report(at, "must be a mapping with at least one of " + FIELDS);
            }
            return new Match(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null);
        }
        fields.onlyKnown(when, at, FIELDS);
        Set<String> codes = new LinkedHashSet<>();
        List<String> codeList = fields.strings(when, at, "offenceCodes");
        for (int i = 0; i < codeList.size(); i++) {
            String code = codeList.get(i);
            String where = Fields.path(at, "offenceCodes") + "[" + i + "]";
            catalogue
                    .find(code)
                    .ifPresentOrElse(
                            o -> codes.add(o.code()),
                            () -> fields.report(where, "unknown offence code '" + code + "'"));
        }
        Set<String> flags = names(when, at, "offenceFlags", OffenceFlag.class);
        Set<String> modes = names(when, at, "modesOfTrial", ModeOfTrial.class);
        Set<String> groups = new LinkedHashSet<>();
        List<String> groupList = fields.strings(when, at, "offenceGroups");
        for (int i = 0; i < groupList.size(); i++) {
            if (!GroupNames.of(catalogue).contains(groupList.get(i))) {
                fields.report(
                        Fields.path(at, "offenceGroups") + "[" + i + "]",
                        "unknown offence group '" + groupList.get(i) + "'");
            }
            groups.add(groupList.get(i));
        }
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        List<String> list = fields.strings(when, at, "circumstances");
        for (int i = 0; i < list.size(); i++) {
            String key = list.get(i);
            String where = Fields.path(at, "circumstances") + "[" + i + "]";
            Circumstance.fromKey(key)
                    .ifPresentOrElse(
                            circumstances::add, () -> fields.report(where, "unknown circumstance '" + key + "'"));
        }
        Integer minAge = fields.integer(when, at, "minAge", false, 10, 120);
        Integer maxAge = fields.integer(when, at, "maxAge", false, 10, 120);
        return new Match(codes, flags, groups, modes, circumstances, minAge, maxAge);
    }

    private <E extends Enum<E>> Set<String> names(JsonNode when, String at, String name, Class<E> type) {
        Set<String> out = new LinkedHashSet<>();
        List<String> list = fields.strings(when, at, name);
        for (int i = 0; i < list.size(); i++) {
            E value = fields.enumValue(type, list.get(i), Fields.path(at, name) + "[" + i + "]");
            if (value != null) {
                out.add(value.name());
            }
        }
        return out;
    }
}
