package uk.crs.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.policy.ModeOfTrial;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.Rank;
import uk.crs.users.Role;

/**
 * What compliance needs of one closed community resolution, and nothing personal: its reference (the case id), force,
 * month of closure and the facts each measure counts.
 *
 * @param decision the eligibility decision's outcome: PERMITTED, AUTHORISATION_REQUIRED or NOT_PERMITTED
 * @param authorisedByRequiredRank an authorisation by a role of at least the rank the decision asked for
 * @param victim the case has a victim (not a victimless offence)
 * @param victimConsulted the victim's views were recorded at agreement
 * @param overridden a supervisor overrode the victim's objection
 * @param completed every condition was completed (status COMPLETED)
 * @param conditionLate a condition's outcome was recorded after its due date
 * @param daysOffenceToClose days from the offence to the closure
 * @param reservedClasses classes of offence that guidance reserves for formal action (empty for most offences)
 */
public record ComplianceCase(
        String reference,
        String force,
        YearMonth closed,
        String decision,
        Rank requiredAuthority,
        boolean authorisedByRequiredRank,
        boolean victim,
        boolean victimConsulted,
        boolean victimConsented,
        boolean overridden,
        boolean completed,
        boolean conditionLate,
        long daysOffenceToClose,
        Set<String> reservedClasses) {

    public ComplianceCase {
        Objects.requireNonNull(reference, "reference");
        reservedClasses = Set.copyOf(reservedClasses);
    }

    /** Needed authorisation: the decision asked for a supervisor of some rank. */
    public boolean authorisationRequired() {
        return "AUTHORISATION_REQUIRED".equals(decision);
    }

    /**
     * Closed as a CR although the decision did not permit it: NOT_PERMITTED, or AUTHORISATION_REQUIRED without an
     * authorisation by the required rank.
     */
    public boolean againstPolicy() {
        return "NOT_PERMITTED".equals(decision) || (authorisationRequired() && !authorisedByRequiredRank);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The compliance facts of a closed case; empty for a case that is not closed as a CR. */
    public static Optional<ComplianceCase> of(CaseRecord record, OffenceCatalogue catalogue) {
        CaseRecord.Closure closure = record.closure();
        CaseStatus status = record.kase().status();
        if (closure == null || (status != CaseStatus.COMPLETED && status != CaseStatus.NOT_COMPLETED)) {
            return Optional.empty();
        }
        LocalDate closedOn = closure.at().atZone(ZoneOffset.UTC).toLocalDate();
        JsonNode decision = JSON.readTree(record.decisionJson());
        JsonNode facts = JSON.readTree(record.factsJson());
        String outcome = decision.path("outcome").asString("");
        @Nullable
        LocalDate offenceDate = date(facts.path("offence").path("date").asString(""));
        Rank required = record.kase().requiredAuthority();
        boolean authorised = record.authorisations().stream()
                .filter(a -> a.kind().equals("AUTHORISATION"))
                .anyMatch(a -> Role.parse(a.role())
                        .map(r -> r.hasRankAtLeast(required))
                        .orElse(false));
        boolean overridden =
                record.authorisations().stream().anyMatch(a -> a.kind().equals("OVERRIDE"));
        CaseRecord.AgreementDetails agreement = record.agreement();
        boolean victim = record.victimRef() != null;
        boolean consulted =
                victim && agreement != null && !agreement.victimViews().isBlank();
        boolean consented = victim && agreement != null && agreement.victimConsents();
        boolean late = record.kase().conditions().stream().anyMatch(ComplianceCase::late);
        return Optional.of(new ComplianceCase(
                record.kase().id().value(),
                record.kase().force(),
                YearMonth.from(closedOn),
                outcome,
                required,
                authorised,
                victim,
                consulted,
                consented,
                overridden,
                status == CaseStatus.COMPLETED,
                late,
                offenceDate == null ? -1 : ChronoUnit.DAYS.between(offenceDate, closedOn),
                reserved(catalogue.find(record.offenceCode()))));
    }

    private static boolean late(Condition c) {
        return c.outcome() != null
                && c.outcome().at().atZone(ZoneOffset.UTC).toLocalDate().isAfter(c.due());
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The classes of offence guidance reserves for formal action, from the offence catalogue: indictable-only,
     * sexual, and simple possession of a weapon (the same classes as the analytics list, reserved-offences.csv).
     */
    static Set<String> reserved(Optional<Offence> offence) {
        Set<String> classes = new TreeSet<>();
        offence.ifPresent(o -> {
            if (o.modeOfTrial() == ModeOfTrial.INDICTABLE_ONLY) {
                classes.add("INDICTABLE_ONLY");
            }
            if (o.flags().contains(OffenceFlag.SEXUAL)) {
                classes.add("SEXUAL");
            }
            if (o.flags().contains(OffenceFlag.WEAPON_POSSESSION)) {
                classes.add("WEAPON_POSSESSION");
            }
        });
        return classes;
    }
}
