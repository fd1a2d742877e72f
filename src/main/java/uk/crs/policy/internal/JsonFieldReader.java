package uk.crs.policy.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of named fields from a parsed JSON or YAML tree, shared by the policy and case-facts readers; each
 * missing or ill-typed field is reported with its path and the reading goes on.
 */
public abstract class JsonFieldReader {

    private final String objectNoun;

    /** @param objectNoun how messages name an object value for their readers, e.g. "an object" or "a mapping" */
    protected JsonFieldReader(String objectNoun) {
        this.objectNoun = objectNoun;
    }

    /** Records one problem at a field path. */
    public abstract void report(String path, String message);

    public static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public final @Nullable JsonNode present(JsonNode object, String at, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                report(path(at, name), "missing required field");
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

    public final String describe(JsonNode value) {
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
