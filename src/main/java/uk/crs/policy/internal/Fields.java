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
import uk.crs.policy.PolicyProblem;
import uk.crs.policy.Rank;

/** Typed reads from a parsed policy document that record a problem, with its path, for every missing or ill-typed field. */
final class Fields {

    private final String file;
    private final List<PolicyProblem> problems = new ArrayList<>();

    Fields(String file) {
        this.file = file;
    }

    List<PolicyProblem> problems() {
        return List.copyOf(problems);
    }

    void problem(String path, String message) {
        problems.add(new PolicyProblem(file, path, message));
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** Records an "unknown field" problem for every property not in {@code allowed}. */
    void onlyKnown(JsonNode object, String at, Set<String> allowed) {
        for (String name : object.propertyNames()) {
            if (!allowed.contains(name)) {
                problem(path(at, name), "unknown field; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    @Nullable
    JsonNode present(JsonNode object, String at, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path(at, name), "missing required field");
            }
            return null;
        }
        return value;
    }

    @Nullable
    String string(JsonNode object, String at, String name, boolean required) {
        JsonNode value = present(object, at, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problem(path(at, name), "must be a string, found " + describe(value));
            return null;
        }
        if (required && value.stringValue().isBlank()) {
            problem(path(at, name), "must not be blank");
            return null;
        }
        return value.stringValue();
    }

    @Nullable
    Integer integer(JsonNode object, String at, String name, boolean required, int min, int max) {
        JsonNode value = present(object, at, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(path(at, name), "must be a whole number, found " + describe(value));
            return null;
        }
        int n = value.intValue();
        if (n < min || n > max) {
            problem(path(at, name), "must be between " + min + " and " + max + ", found " + n);
            return null;
        }
        return n;
    }

    @Nullable
    Boolean bool(JsonNode object, String at, String name, boolean required) {
        JsonNode value = present(object, at, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(path(at, name), "must be true or false, found " + describe(value));
            return null;
        }
        return value.booleanValue();
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
            problem(path(at, name), "must be a date like 2026-04-01, found '" + text + "'");
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
            problem(at, "unknown value '" + text + "'; expected one of " + names);
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
            problem(path(at, name), "must be a list, found " + describe(value));
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isString() || item.isNumber()) {
                out.add(item.asString());
            } else {
                problem(path(at, name) + "[" + i + "]", "must be a string, found " + describe(item));
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
            problem(path(at, name), "must be a mapping of names to numbers, found " + describe(value));
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

    static String describe(JsonNode value) {
        if (value.isString()) {
            return "'" + value.stringValue() + "'";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.toString();
    }
}
