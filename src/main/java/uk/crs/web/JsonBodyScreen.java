package uk.crs.web;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screens every JSON request body before a controller sees it, whatever the endpoint: text must be well-formed
 * Unicode (no unpaired UTF-16 surrogates) without control characters other than tab and line breaks, and no longer
 * than {@link InputLimits#TEXT}; arrays, nesting, numbers and date-shaped values stay within {@link InputLimits}. A
 * body that fails is a 400 naming every bad place, and nothing is stored.
 */
@ControllerAdvice(basePackages = "uk.crs.web")
class JsonBodyScreen extends RequestBodyAdviceAdapter {

    private static final Pattern DATE_SHAPED = Pattern.compile("[+-]?\\d{4,}-\\d{2}-\\d{2}");

    private final JsonMapper json;

    JsonBodyScreen(JsonMapper json) {
        this.json = json;
    }

    /** JSON trees, and the raw bytes of the case-opening body (read by the case workflow itself). */
    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> c && (JsonNode.class.isAssignableFrom(c) || c == byte[].class);
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        JsonNode node = body instanceof JsonNode tree ? tree : body instanceof byte[] bytes ? tree(bytes) : null;
        if (node != null) {
            List<FieldProblem> problems = problems(node);
            if (!problems.isEmpty()) {
                throw new InvalidRequest(problems);
            }
        }
        return body;
    }

    /** The bytes as JSON, or null when they are not JSON: the handler then says so in its own words. */
    private @Nullable JsonNode tree(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    static List<FieldProblem> problems(JsonNode node) {
        List<FieldProblem> problems = new ArrayList<>();
        walk(node, "", 0, problems);
        return problems;
    }

    private static void walk(JsonNode node, String path, int depth, List<FieldProblem> problems) {
        if (problems.size() >= 20) {
            return;
        }
        String here = path.isEmpty() ? "(body)" : path;
        if (depth > InputLimits.DEPTH) {
            problems.add(new FieldProblem(here, "is nested more than " + InputLimits.DEPTH + " levels deep"));
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                String problem = textProblem(name, InputLimits.PROPERTY_NAME);
                if (problem != null) {
                    problems.add(
                            new FieldProblem(path.isEmpty() ? "(body)" : path, "has a property name that " + problem));
                    continue;
                }
                walk(property.getValue(), path.isEmpty() ? name : path + "." + name, depth + 1, problems);
            }
        } else if (node.isArray()) {
            if (node.size() > InputLimits.ARRAY_ITEMS) {
                problems.add(new FieldProblem(
                        here, "has " + node.size() + " items; at most " + InputLimits.ARRAY_ITEMS + " are accepted"));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", depth + 1, problems);
            }
        } else if (node.isString()) {
            String text = node.stringValue();
            String problem = textProblem(text, InputLimits.TEXT);
            if (problem == null && DATE_SHAPED.matcher(text).matches()) {
                problem = dateProblem(text);
            }
            if (problem != null) {
                problems.add(new FieldProblem(here, problem));
            }
        } else if (node.isNumber()) {
            BigDecimal value = exactly(node);
            if (value == null
                    || value.abs().compareTo(InputLimits.NUMBER_MAX) > 0
                    || value.stripTrailingZeros().scale() > 6) {
                problems.add(new FieldProblem(
                        here,
                        "must be a number of at most " + InputLimits.NUMBER_MAX.toPlainString()
                                + " in size with at most 6 decimals"));
            }
        }
    }

    /** The number as written, or null when it has no finite decimal value (1e3000 read as a double is infinite). */
    private static @Nullable BigDecimal exactly(JsonNode number) {
        try {
            if (number.isFloatingPointNumber() && !number.isBigDecimal()) {
                double d = number.doubleValue();
                return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
            }
            return number.decimalValue();
        } catch (RuntimeException outOfRange) {
            // Jackson refuses to convert values it cannot represent
            return null;
        }
    }

    /** Why the text cannot be accepted, or null: unpaired surrogates, control characters, length. */
    static @Nullable String textProblem(String text, int maxLength) {
        if (text.length() > maxLength) {
            return "is " + text.length() + " characters long; at most " + maxLength + " are accepted";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired UTF-16 surrogate at character " + (i + 1) + "; send valid Unicode text";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate at character " + (i + 1) + "; send valid Unicode text";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return "contains the control character U+" + String.format("%04X", (int) c) + " at character " + (i + 1)
                        + "; only tab and line breaks are accepted";
            }
        }
        return null;
    }

    private static @Nullable String dateProblem(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            return InputLimits.saneDate(date) ? null : "must be a date " + InputLimits.dateRange() + ", found " + text;
        } catch (DateTimeParseException e) {
            return "must be a date as YYYY-MM-DD " + InputLimits.dateRange() + ", found \"" + text + "\"";
        }
    }
}
