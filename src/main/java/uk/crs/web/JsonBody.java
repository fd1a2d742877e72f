package uk.crs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads typed fields from a JSON request body, collecting a problem for every bad field instead of stopping. */
final class JsonBody {

    private final List<FieldProblem> problems;
    private final JsonNode node;
    private final String prefix;

    private JsonBody(JsonNode node, String prefix, List<FieldProblem> problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    static JsonBody of(@Nullable JsonNode node) {
        List<FieldProblem> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem("(body)", "must be a JSON object"));
        }
        return new JsonBody(node == null ? tools.jackson.databind.node.MissingNode.getInstance() : node, "", problems);
    }

    /** The nested object at {@code name}, sharing this body's problem list. */
    JsonBody object(String name) {
        return new JsonBody(node.path(name), path(name), problems);
    }

    List<JsonBody> array(String name) {
        JsonNode value = node.path(name);
        List<JsonBody> items = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            problem(name, "must be an array");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            items.add(new JsonBody(value.get(i), path(name) + "[" + i + "]", problems));
        }
        return items;
    }

    /**
     * Refuses every property of this object other than the named ones: an unknown field is a 400 naming it rather
     * than something silently ignored (or stored).
     */
    JsonBody allowOnly(String... names) {
        if (node.isObject()) {
            java.util.Set<String> known = java.util.Set.of(names);
            for (String present : node.propertyNames()) {
                if (!known.contains(present)) {
                    problem(
                            present,
                            "is not a field of this request; expected only "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(names)
                                                    .sorted()
                                                    .toList()));
                }
            }
        }
        return this;
    }

    /**
     * Non-blank text. Its length and characters need no check here: {@link JsonBodyScreen} has already checked every
     * text in the body before the controller that reads it was called.
     */
    @Nullable
    String text(String name, boolean required) {
        JsonNode value = node.path(name);
        if (absent(value)) {
            return missing(name, required);
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            problem(name, "must be non-blank text");
            return null;
        }
        return value.stringValue();
    }

    /** Non-blank text of at most {@code maxLength} characters, for fields with a tighter limit than the screen's. */
    @Nullable
    String text(String name, boolean required, int maxLength) {
        String text = text(name, required);
        String problem = text == null ? null : JsonBodyScreen.textProblem(text, maxLength);
        if (problem != null) {
            problem(name, problem);
            return null;
        }
        return text;
    }

    /** This value itself as non-blank text of at most {@code maxLength} characters, e.g. an item of an array. */
    @Nullable
    String itemText(int maxLength) {
        String problem = node.isString() && !node.stringValue().isBlank()
                ? JsonBodyScreen.textProblem(node.stringValue(), maxLength)
                : "must be non-blank text";
        if (problem != null) {
            problems.add(new FieldProblem(prefix, problem));
            return null;
        }
        return node.stringValue();
    }

    @Nullable
    Boolean bool(String name, boolean required) {
        JsonNode value = node.path(name);
        if (absent(value)) {
            return missing(name, required);
        }
        if (!value.isBoolean()) {
            problem(name, "must be true or false, found " + value);
            return null;
        }
        return value.booleanValue();
    }

    @Nullable
    Integer integer(String name, boolean required) {
        JsonNode value = node.path(name);
        if (absent(value)) {
            return missing(name, required);
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(name, "must be a whole number, found " + value);
            return null;
        }
        return value.intValue();
    }

    @Nullable
    LocalDate date(String name, boolean required) {
        String text = text(name, required);
        try {
            LocalDate date = text == null ? null : LocalDate.parse(text);
            if (date != null && !InputLimits.saneDate(date)) {
                problem(name, "must be a date " + InputLimits.dateRange() + ", found " + date);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(name, "must be a date as YYYY-MM-DD, found \"" + text + "\"");
            return null;
        }
    }

    @Nullable
    BigDecimal pounds(String name, boolean required) {
        JsonNode value = node.path(name);
        if (absent(value)) {
            return missing(name, required);
        }
        if (!value.isNumber()
                || value.decimalValue().signum() <= 0
                || value.decimalValue().stripTrailingZeros().scale() > 2
                || value.decimalValue().compareTo(InputLimits.POUNDS_MAX) > 0) {
            problem(
                    name,
                    "must be a positive amount in pounds with at most 2 decimals, up to "
                            + InputLimits.POUNDS_MAX.toPlainString());
            return null;
        }
        return value.decimalValue().setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    <E extends Enum<E>> @Nullable E choice(String name, Class<E> type, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problem(name, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", found \"" + text + "\"");
            return null;
        }
    }

    void problem(String name, String message) {
        problems.add(new FieldProblem(path(name), message));
    }

    /** Throws {@link InvalidRequest} naming every bad field, if there are any. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    List<FieldProblem> problems() {
        return problems;
    }

    private <T> @Nullable T missing(String name, boolean required) {
        if (required) {
            problem(name, "is required");
        }
        return null;
    }

    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    private String path(String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
