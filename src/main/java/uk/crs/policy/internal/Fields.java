package uk.crs.policy.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uk.crs.json.JsonFieldReader;
import uk.crs.policy.PolicyProblem;
import uk.crs.policy.Rank;

/** Typed reads from a parsed policy document that record a problem, with its path, for every missing or ill-typed field. */
final class Fields extends JsonFieldReader {

    private final String file;
    private final List<PolicyProblem> problems = new ArrayList<>();

    Fields(String file) {
        super("a mapping");
        this.file = file;
    }

    List<PolicyProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void report(String path, String message) {
        problems.add(new PolicyProblem(file, path, message));
    }

    /** Records an "unknown field" problem for every property not in {@code allowed}. */
    void onlyKnown(JsonNode object, String at, Set<String> allowed) {
        for (String name : object.propertyNames()) {
            if (!allowed.contains(name)) {
                report(path(at, name), "unknown field; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    @Override
    public @Nullable String string(JsonNode object, String at, String name, boolean required) {
        String text = super.string(object, at, name, required);
        if (text != null && required && text.isBlank()) {
            report(path(at, name), "must not be blank");
            return null;
        }
        return text;
    }

    @Nullable
    Integer integer(JsonNode object, String at, String name, boolean required, int min, int max) {
        Integer n = integer(object, at, name, required);
        if (n != null && (n < min || n > max)) {
            report(path(at, name), "must be between " + min + " and " + max + ", found " + n);
            return null;
        }
        return n;
    }

    @Nullable
    LocalDate date(JsonNode object, String at, String name, boolean required) {
        String text = string(object, at, name, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            report(path(at, name), "must be a date like 2026-04-01, found '" + text + "'");
            return null;
        }
    }

    @Nullable
    Rank rank(JsonNode object, String at, String name, boolean required) {
        String text = string(object, at, name, required);
        return text == null ? null : enumValue(Rank.class, text, path(at, name));
    }

    <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String text, String at) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name());
            }
            report(at, "unknown value '" + text + "'; expected one of " + names);
            return null;
        }
    }

    /** A list of scalars (numbers are read as their text, so offence codes like 90 need no quotes). */
    List<String> strings(JsonNode object, String at, String name) {
        JsonNode value = present(object, at, name, false);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!value.isArray()) {
            report(path(at, name), "must be a list, found " + describe(value));
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isString() || item.isNumber()) {
                out.add(item.asString());
            } else {
                report(path(at, name) + "[" + i + "]", "must be a string, found " + describe(item));
            }
        }
        return out;
    }

    /** A map of names to whole numbers (numeric keys such as offence codes are kept as text). */
    Map<String, Integer> integers(JsonNode object, String at, String name, int min, int max) {
        JsonNode value = present(object, at, name, false);
        Map<String, Integer> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        if (!value.isObject()) {
            report(path(at, name), "must be a mapping of names to numbers, found " + describe(value));
            return out;
        }
        for (String key : value.propertyNames()) {
            Integer n = integer(value, path(at, name), key, true, min, max);
            if (n != null) {
                out.put(key, n);
            }
        }
        return out;
    }
}
