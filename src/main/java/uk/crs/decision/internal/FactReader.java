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

/** Typed reads from a case-facts tree that record an error naming the field path for anything missing or ill-typed. */
final class FactReader {

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    void error(String field, String problem) {
        errors.add(new FieldError(field, problem));
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    @Nullable
    JsonNode node(JsonNode parent, String at, String name, boolean required) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                error(path(at, name), "missing required field");
            }
            return null;
        }
        return value;
    }

    @Nullable
    JsonNode object(JsonNode parent, String at, String name, boolean required) {
        JsonNode value = node(parent, at, name, required);
        if (value != null && !value.isObject()) {
            error(path(at, name), "must be an object, found " + describe(value));
            return null;
        }
        return value;
    }

    @Nullable
    String string(JsonNode parent, String at, String name, boolean required) {
        JsonNode value = node(parent, at, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            error(path(at, name), "must be a string, found " + describe(value));
            return null;
        }
        return value.stringValue();
    }

    boolean bool(JsonNode parent, String at, String name, boolean required) {
        JsonNode value = node(parent, at, name, required);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            error(path(at, name), "must be true or false, found " + describe(value));
            return false;
        }
        return value.booleanValue();
    }

    @Nullable
    Integer integer(JsonNode parent, String at, String name, boolean required) {
        JsonNode value = node(parent, at, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(path(at, name), "must be a whole number, found " + describe(value));
            return null;
        }
        return value.intValue();
    }

    @Nullable
    BigDecimal decimal(JsonNode parent, String at, String name) {
        JsonNode value = node(parent, at, name, false);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            error(path(at, name), "must be a number, found " + describe(value));
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
            error(path(at, name), "must be a date like 2026-10-01, found '" + text + "'");
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
            error(path(at, name), "must be one of " + names + ", found '" + text + "'");
            return null;
        }
    }

    List<String> strings(JsonNode parent, String at, String name) {
        JsonNode value = node(parent, at, name, false);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!value.isArray()) {
            error(path(at, name), "must be a list of strings, found " + describe(value));
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isString() && !item.stringValue().isBlank()) {
                out.add(item.stringValue().strip());
            } else {
                error(path(at, name) + "[" + i + "]", "must be a non-blank string, found " + describe(item));
            }
        }
        return out;
    }

    static String describe(JsonNode value) {
        if (value.isString()) {
            return "'" + value.stringValue() + "'";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.toString();
    }
}
