package uk.crs.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of named fields from a parsed JSON or YAML tree: each missing or ill-typed field is reported with its
 * path and the reading goes on, so that one answer names every bad field.
 *
 * <p>Subclasses decide where problems go ({@link #report}) and may reword the shared messages ({@link #missing()},
 * {@link #describe}) so that each boundary keeps the wording its users already know.
 */
public abstract class JsonFieldReader {

    private final String objectNoun;

    /** @param objectNoun how messages name an object value for their readers, e.g. "an object" or "a mapping" */
    protected JsonFieldReader(String objectNoun) {
        this.objectNoun = objectNoun;
    }

    /** Records one problem at a field path. */
    public abstract void report(String path, String message);

    /** The message for a required field that is absent or null. */
    protected String missing() {
        return "missing required field";
    }

    public static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** The field's value, or null (reported when required) if it is absent or JSON null. */
    public final @Nullable JsonNode present(JsonNode object, String at, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                report(path(at, name), missing());
            }
            return null;
        }
        return value;
    }

    public @Nullable String string(JsonNode object, String at, String name, boolean required) {
        JsonNode value = present(object, at, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            report(path(at, name), "must be a string, found " + describe(value));
            return null;
        }
        return value.stringValue();
    }

    public final @Nullable Integer integer(JsonNode object, String at, String name, boolean required) {
        JsonNode value = present(object, at, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            report(path(at, name), "must be a whole number, found " + describe(value));
            return null;
        }
        return value.intValue();
    }

    public final @Nullable Boolean bool(JsonNode object, String at, String name, boolean required) {
        JsonNode value = present(object, at, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            report(path(at, name), "must be true or false, found " + describe(value));
            return null;
        }
        return value.booleanValue();
    }

    /** A value as messages quote it: strings in single quotes, objects and lists by kind, the rest as written. */
    public String describe(JsonNode value) {
        if (value.isString()) {
            return "'" + value.stringValue() + "'";
        }
        if (value.isObject()) {
            return objectNoun;
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.toString();
    }
}
