package uk.crs.scrutiny;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An anonymised case pack: what the decision-maker knew when the CR was decided and agreed, and apart from it what
 * happened next. No names, contacts, dates of birth or addresses: the offender's age is an age band, the place is the
 * force area, free text has been through the {@link Redactor}, officers and supervisors are pseudonymous tokens.
 *
 * @param caseRef the case's reference (a random identifier, not personal data)
 * @param carriedFrom the meeting that concluded UNABLE_TO_DETERMINE on it, if carried over
 */
public record Pack(
        String caseRef, String forceArea, String officerToken, @Nullable String carriedFrom, Known known, Next next) {

    public Pack {
        java.util.Objects.requireNonNull(known, "known");
        java.util.Objects.requireNonNull(next, "next");
    }

    /**
     * What was known at the decision and the agreement.
     *
     * @param offenceMonth the month and year of the offence, never the day
     * @param circumstances the circumstance flags that were set, e.g. "domestic abuse"
     * @param earlierCrs CRs the same offender had before this one
     */
    public record Known(
            String offenceCode,
            @Nullable String offence,
            String offenceMonth,
            String ageBand,
            int gravityScore,
            String outcome,
            @Nullable String requiredAuthority,
            List<String> circumstances,
            int earlierCrs,
            String rationale,
            @Nullable Boolean victimConsulted,
            @Nullable Boolean victimConsents,
            String victimViews,
            List<String> rules,
            List<Authorisation> authorisations,
            @Nullable Boolean offenderAccepts,
            List<String> conditions) {

        public Known {
            circumstances = List.copyOf(circumstances);
            rules = List.copyOf(rules);
            authorisations = List.copyOf(authorisations);
            conditions = List.copyOf(conditions);
        }
    }

    /** A supervisor's authorisation, refusal or override, by rank and token. */
    public record Authorisation(String kind, String role, String supervisorToken, String rationale) {}

    /**
     * What happened after the agreement.
     *
     * @param daysToClose days from the case's creation to its closure
     * @param trail the case's accepted audit actions after the agreement, as "day N: ACTION"
     */
    public record Next(
            String status,
            List<String> conditionOutcomes,
            @Nullable Boolean victimInformed,
            @Nullable Integer homeOfficeOutcome,
            @Nullable Long daysToClose,
            List<String> trail) {

        public Next {
            conditionOutcomes = List.copyOf(conditionOutcomes);
            trail = List.copyOf(trail);
        }
    }
}
