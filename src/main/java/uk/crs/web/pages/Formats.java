package uk.crs.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.crs.cases.CaseStatus;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;
import uk.crs.users.Role;

/**
 * How pages write dates, money, statuses and names, in the GOV.UK style guide's form: "14 September 2026", "£25.00".
 * Templates reach it as {@code @formats}.
 */
@Component("formats")
public class Formats {

    /** Times are shown in UK local time, as users read them. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(@Nullable Instant at) {
        return at == null ? "" : DATE.format(at.atZone(UK));
    }

    /** "14 September 2026 at 3:04pm". */
    public String dateTime(@Nullable Instant at) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(UK);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    public String money(@Nullable BigDecimal pounds) {
        return pounds == null
                ? ""
                : "£" + pounds.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The short reference officers quote: the first 8 characters of the case id, in capitals. */
    public String reference(String caseId) {
        return caseId.substring(0, Math.min(8, caseId.length())).toUpperCase(Locale.UK);
    }

    public String status(CaseStatus status) {
        return sentence(status.name());
    }

    /** The GOV.UK tag colour for a status: terminal states grey, waiting ones yellow, going ahead blue or green. */
    public String statusTag(CaseStatus status) {
        switch (status) {
            case AWAITING_AUTHORISATION:
                return "govuk-tag--yellow";
            case DECIDED:
                return "govuk-tag--blue";
            case AGREED:
                return "govuk-tag--light-blue";
            case COMPLETED:
                return "govuk-tag--green";
            case NOT_PERMITTED:
            case REFUSED:
            case NOT_COMPLETED:
                return "govuk-tag--red";
            default:
                return "govuk-tag--grey";
        }
    }

    /** "a sergeant", "an inspector": a rank or authority name in running text. */
    public String rank(String name) {
        String words = sentence(name).toLowerCase(Locale.UK);
        return (words.matches("^[aeiou].*") ? "an " : "a ") + words;
    }

    public String role(Role role) {
        return sentence(role.name());
    }

    public String force(String slug) {
        return Forces.standard().bySlug(slug).map(Force::name).orElse(slug);
    }

    /** The ids a field's {@code aria-describedby} names: its hint and its error, only where they exist; else null. */
    public @Nullable String describedBy(String name, String hint, @Nullable Map<String, String> errors) {
        String ids = (hint.isEmpty() ? "" : name + "-hint ")
                + (errors != null && errors.containsKey(name) ? name + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** "AWAITING_AUTHORISATION" or "victim-consent" as "Awaiting authorisation", "Victim consent". */
    public String sentence(String name) {
        String words = name.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
