package uk.crs.web.pages;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * A submitted form read field by field: trimmed values to show again, and one plain-English error per field, in page
 * order, for the error summary. Nothing a browser can send makes it throw.
 */
final class Form {

    /** Longest text any field keeps; longer answers are refused with a message rather than stored. */
    static final int MAX_TEXT = 2000;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    Form(MultiValueMap<String, String> submitted) {
        submitted.forEach((name, list) -> {
            if (!name.equals("_csrf")) {
                values.put(
                        name, String.join(",", list.stream().map(String::strip).toList()));
            }
        });
    }

    Form(Map<String, String> saved) {
        values.putAll(saved);
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    String raw(String name) {
        return values.getOrDefault(name, "");
    }

    /** A text answer; blank is an error when {@code missing} is given, else null. */
    @Nullable
    String text(String name, @Nullable String missing) {
        String value = raw(name);
        if (value.isEmpty()) {
            if (missing != null) {
                error(name, missing);
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            error(name, "Enter " + MAX_TEXT + " characters or fewer");
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            error(name, "Enter text without control characters");
            return null;
        }
        return value;
    }

    /** A yes/no radio answer. */
    @Nullable
    Boolean yesNo(String name, @Nullable String missing) {
        String value = raw(name);
        if (value.equals("yes") || value.equals("no")) {
            return value.equals("yes");
        }
        if (missing != null) {
            error(name, missing);
        }
        return null;
    }

    /** One of the given values, or an error. */
    @Nullable
    String choice(String name, List<String> allowed, @Nullable String missing) {
        String value = raw(name);
        if (allowed.contains(value)) {
            return value;
        }
        if (missing != null) {
            error(name, missing);
        }
        return null;
    }

    /** A GOV.UK date input: {@code name-day}, {@code name-month}, {@code name-year}. */
    @Nullable
    LocalDate date(String name, String what, boolean required) {
        String day = raw(name + "-day");
        String month = raw(name + "-month");
        String year = raw(name + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            if (required) {
                error(name, "Enter " + what);
            }
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (year.length() != 4) {
                error(name, capital(what) + " must include a year with 4 numbers, like 2026");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            error(name, capital(what) + " must be a real date, like 14 9 2026");
            return null;
        }
    }

    /** An amount in pounds such as 25 or 25.00 (a leading £ is allowed). */
    @Nullable
    BigDecimal pounds(String name, String what, boolean required) {
        String value = raw(name).replace("£", "").replace(",", "").strip();
        if (value.isEmpty()) {
            if (required) {
                error(name, "Enter " + what);
            }
            return null;
        }
        if (!value.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            error(name, capital(what) + " must be an amount in pounds, like 25 or 25.50");
            return null;
        }
        return new BigDecimal(value).setScale(2);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
