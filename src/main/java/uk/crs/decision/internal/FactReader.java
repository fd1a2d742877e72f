package uk.crs.decision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uk.crs.decision.FieldError;
import uk.crs.json.JsonFieldReader;

/** Typed reads from a case-facts tree that record an error naming the field path for anything missing or ill-typed. */
final class FactReader extends JsonFieldReader {

    private final List<FieldError> errors = new ArrayList<>();

    FactReader() {
        super("an object");
    }

    List<FieldError> errors() {
        return errors;
    }

    @Override
    public void report(String field, String problem) {
        errors.add(new FieldError(field, problem));
    }

    @Nullable
    JsonNode object(JsonNode parent, String at, String name, boolean required) {
        JsonNode value = present(parent, at, name, required);
        if (value != null && !value.isObject()) {
            report(path(at, name), "must be an object, found " + describe(value));
            return null;
        }
        return value;
    }

    /** A true-or-false field; absent or ill-typed reads as false (the ill-typed one also reported). */
    boolean flag(JsonNode parent, String at, String name, boolean required) {
        return Boolean.TRUE.equals(bool(parent, at, name, required));
    }

    @Nullable
    BigDecimal decimal(JsonNode parent, String at, String name) {
        JsonNode value = present(parent, at, name, false);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            report(path(at, name), "must be a number, found " + describe(value));
            return null;
        }
        return value.decimalValue();
    }

    @Nullable
    LocalDate date(JsonNode parent, String at, String name, boolean required) {
        String text = string(parent, at, name, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            report(path(at, name), "must be a date like 2026-10-01, found '" + text + "'");
            return null;
        }
    }

    <E extends Enum<E>> @Nullable E enumValue(
            JsonNode parent, String at, String name, Class<E> type, boolean required) {
        String text = string(parent, at, name, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name());
            }
            report(path(at, name), "must be one of " + names + ", found '" + text + "'");
            return null;
        }
    }

    /** Reports every field of the object not in {@code allowed}, naming it and the fields expected. */
    void onlyKnown(JsonNode object, String at, java.util.Set<String> allowed) {
        for (String name : object.propertyNames()) {
            if (!allowed.contains(name)) {
                report(path(at, name), "unknown field; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    List<String> strings(JsonNode parent, String at, String name) {
        JsonNode value = present(parent, at, name, false);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!value.isArray()) {
            report(path(at, name), "must be a list of strings, found " + describe(value));
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isString() && !item.stringValue().isBlank()) {
                out.add(item.stringValue().strip());
            } else {
                report(path(at, name) + "[" + i + "]", "must be a non-blank string, found " + describe(item));
            }
        }
        return out;
    }
}
