package uk.crs.compliance;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One count of the compliance statement, a number of closed community resolutions, and the count its rate is taken
 * over. The day bands of time to close are this project's (derived: 182 days is the six months within which a summary
 * offence must be charged, Magistrates' Courts Act 1980 s.127, so a CR not completed after it can no longer be
 * replaced by a charge for such an offence).
 */
public enum Measure {
    CLOSED("community resolutions closed", null, c -> true),
    AUTHORISATION_REQUIRED("decision asked for authorisation", CLOSED, ComplianceCase::authorisationRequired),
    AUTHORISED_BY_REQUIRED_RANK(
            "authorised by the required rank",
            AUTHORISATION_REQUIRED,
            c -> c.authorisationRequired() && c.authorisedByRequiredRank()),
    WITH_VICTIM("with a victim", CLOSED, ComplianceCase::victim),
    VICTIM_CONSULTED("victim's views recorded", WITH_VICTIM, ComplianceCase::victimConsulted),
    VICTIM_CONSENTED("victim consented", WITH_VICTIM, ComplianceCase::victimConsented),
    VICTIM_OVERRIDDEN("victim's objection overridden", WITH_VICTIM, ComplianceCase::overridden),
    CONDITIONS_COMPLETED("all conditions completed", CLOSED, ComplianceCase::completed),
    CONDITION_LATE("a condition's outcome recorded after its due date", CLOSED, ComplianceCase::conditionLate),
    CLOSED_WITHIN_30_DAYS(
            "closed within 30 days of the offence",
            CLOSED,
            c -> c.daysOffenceToClose() >= 0 && c.daysOffenceToClose() <= 30),
    CLOSED_31_TO_182_DAYS(
            "closed 31 to 182 days after the offence",
            CLOSED,
            c -> c.daysOffenceToClose() > 30 && c.daysOffenceToClose() <= 182),
    CLOSED_AFTER_182_DAYS(
            "closed more than 182 days (six months) after the offence", CLOSED, c -> c.daysOffenceToClose() > 182),
    RESERVED_OFFENCE("offence in a class reserved for formal action", CLOSED, c -> !c.reservedClasses()
            .isEmpty()),
    AGAINST_POLICY(
            "closed as a CR although the decision was not PERMITTED or authorised",
            CLOSED,
            ComplianceCase::againstPolicy);

    private final String label;
    private final @Nullable Measure base;
    private final Predicate<ComplianceCase> counts;

    Measure(String label, @Nullable Measure base, Predicate<ComplianceCase> counts) {
        this.label = label;
        this.base = base;
        this.counts = counts;
    }

    public String label() {
        return label;
    }

    /** The count this one's rate is a share of; null for the number closed. */
    public @Nullable Measure base() {
        return base;
    }

    public boolean counts(ComplianceCase c) {
        return counts.test(c);
    }

    /** The JSON and CSV name: camel case of the constant. */
    public String field() {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
