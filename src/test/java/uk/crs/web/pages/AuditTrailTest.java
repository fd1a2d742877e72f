package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.crs.audit.AuditEntry;
import uk.crs.cases.Case;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.ConditionType;
import uk.crs.policy.Rank;

/** The auditor's trail in plain English: each audit entry of a case described, never a bare action code. */
class AuditTrailTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final CaseId ID = CaseId.random();

    private final List<AuditEntry> trail = new ArrayList<>();

    private void entry(String actor, String role, String action, String result) {
        trail.add(new AuditEntry(
                trail.size() + 1,
                at(trail.size()),
                actor,
                role,
                "durham",
                ID.value(),
                action,
                result,
                "digest",
                "previous",
                "hash"));
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void describesEachEntryInPlainEnglishWithTheConditionsOutcomesInTheOrderTheyWereRecorded() {
        entry("officer", "OFFICER", "CREATE", "ACCEPTED");
        entry("officer", "OFFICER", "READ_PERSONAL_DATA", "ACCEPTED");
        entry("officer", "OFFICER", "AUTHORISE", "ROLE_NOT_PERMITTED");
        entry("sergeant", "SERGEANT", "AUTHORISE", "INSUFFICIENT_RANK");
        entry("inspector", "INSPECTOR", "AUTHORISE", "ACCEPTED");
        entry("officer", "OFFICER", "AGREE", "INVALID");
        entry("officer", "OFFICER", "AGREE", "ACCEPTED");
        // condition 2's outcome is recorded before condition 1's
        entry("officer", "OFFICER", "RECORD_OUTCOME", "ACCEPTED");
        entry("officer", "OFFICER", "RECORD_OUTCOME", "ACCEPTED");
        entry("officer", "OFFICER", "CLOSE", "ACCEPTED");

        List<String> described = AuditTrail.of(closedCase(null), trail, new Formats()).stream()
                .map(AuditTrail.Line::description)
                .toList();

        assertThat(described)
                .containsExactly(
                        "Case opened by an officer",
                        "Personal details seen by an officer",
                        "An attempt by an officer to authorise, refused: their role may not do this",
                        "An attempt by a sergeant to authorise, refused: their rank is too low",
                        "Authorised by an inspector",
                        "An attempt by an officer to record the agreement, refused: the details given were not valid",
                        "Agreement recorded by an officer",
                        "Condition 2 completed",
                        "Condition 1 not completed",
                        "Case closed as not completed; the victim was told");
        assertThat(String.join(" ", described)).doesNotContain("RECORD_OUTCOME", "ACCEPTED", "AUTHORISE");
    }

    @Test
    void saysWhenTheVictimsObjectionWasOverriddenAndWhenARefusalWasTheSupervisors() {
        entry("officer", "OFFICER", "CREATE", "ACCEPTED");
        entry("sergeant", "SERGEANT", "REFUSE", "ACCEPTED");
        entry("sergeant", "SERGEANT", "AGREE", "ACCEPTED");
        entry("officer", "OFFICER", "SOMETHING_NEW", "ACCEPTED");

        List<String> described = AuditTrail.of(
                        closedCase(new CaseRecord.Authorisation(
                                "OVERRIDE", "sergeant", "SERGEANT", "shop wants it closed", at(2))),
                        trail,
                        new Formats())
                .stream()
                .map(AuditTrail.Line::description)
                .toList();

        assertThat(described)
                .containsExactly(
                        "Case opened by an officer",
                        "Authorisation refused by a sergeant",
                        "Agreement recorded by a sergeant, the victim's objection overridden by a supervisor",
                        "Something new by an officer");
    }

    private static CaseRecord closedCase(CaseRecord.@Nullable Authorisation override) {
        List<Condition> conditions = List.of(
                new Condition(
                        1,
                        ConditionType.APOLOGY,
                        "letter to the manager",
                        LocalDate.of(2026, 11, 20),
                        null,
                        new ConditionOutcome(ConditionOutcome.Status.NOT_COMPLETED, "no letter", "officer", at(9))),
                new Condition(
                        2,
                        ConditionType.COMPENSATION,
                        "cost of the goods",
                        LocalDate.of(2026, 11, 20),
                        new BigDecimal("25.00"),
                        new ConditionOutcome(ConditionOutcome.Status.COMPLETED, "receipt 17", "officer", at(8))));
        List<CaseRecord.Authorisation> authorisations = new ArrayList<>();
        authorisations.add(new CaseRecord.Authorisation("AUTHORISATION", "inspector", "INSPECTOR", "first", at(4)));
        if (override != null) {
            authorisations.add(override);
        }
        return new CaseRecord(
                new Case(
                        ID,
                        "durham",
                        "officer",
                        CaseStatus.NOT_COMPLETED,
                        7,
                        Rank.SERGEANT,
                        Rank.SERGEANT,
                        conditions,
                        at(0),
                        at(9)),
                "46",
                "{}",
                "{}",
                "offender-ref",
                "victim-ref",
                new CaseRecord.AgreementDetails(true, "wants the money back", override == null, "officer", at(6)),
                authorisations,
                new CaseRecord.Closure(true, 8, at(10)),
                null,
                null);
    }
}
