package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.audit.AuditEntry;
import uk.crs.cases.Case;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.ConditionType;
import uk.crs.policy.Rank;

class CaseHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final CaseId ID = CaseId.random();

    private final Formats formats = new Formats();
    private final List<AuditEntry> trail = new ArrayList<>();

    private void entry(int minutes, String actor, String role, String action, String result) {
        trail.add(new AuditEntry(
                trail.size() + 1,
                T0.plusSeconds(60L * minutes),
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
    void everyCommandIsALineWithTheStatusItMovedTheCaseToAndWhatItRecorded() {
        entry(0, "officer", "OFFICER", "CREATE", "ACCEPTED");
        entry(1, "officer", "OFFICER", "READ_PERSONAL_DATA", "ACCEPTED");
        entry(2, "officer", "OFFICER", "AUTHORISE", "ROLE_NOT_PERMITTED");
        entry(3, "sergeant", "SERGEANT", "AUTHORISE", "ACCEPTED");
        entry(4, "sergeant", "SERGEANT", "AGREE", "ACCEPTED");
        // condition 2's outcome is recorded before condition 1's
        entry(5, "officer", "OFFICER", "RECORD_OUTCOME", "ACCEPTED");
        entry(6, "officer", "OFFICER", "RECORD_OUTCOME", "ACCEPTED");
        entry(7, "officer", "OFFICER", "CLOSE", "ACCEPTED");
        List<Condition> conditions = List.of(
                new Condition(
                        1,
                        ConditionType.APOLOGY,
                        "letter to the manager",
                        LocalDate.of(2026, 11, 20),
                        null,
                        new ConditionOutcome(ConditionOutcome.Status.NOT_COMPLETED, "no letter", "officer", at(6))),
                new Condition(
                        2,
                        ConditionType.COMPENSATION,
                        "cost of the goods",
                        LocalDate.of(2026, 11, 20),
                        new BigDecimal("25.00"),
                        new ConditionOutcome(ConditionOutcome.Status.COMPLETED, "receipt 17", "officer", at(5))));
        CaseRecord record = new CaseRecord(
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
                        at(7)),
                "46",
                "{}",
                "{}",
                "offender-ref",
                "victim-ref",
                new CaseRecord.AgreementDetails(true, "wants the money back", false, "sergeant", at(4)),
                List.of(
                        new CaseRecord.Authorisation("AUTHORISATION", "sergeant", "SERGEANT", "first offence", at(3)),
                        new CaseRecord.Authorisation(
                                "OVERRIDE", "sergeant", "SERGEANT", "shop wants it closed", at(4))),
                new CaseRecord.Closure(false, 8, at(7)),
                null,
                null);
        DecisionView decision = DecisionView.read(
                JsonMapper.builder().build(),
                "{\"outcome\":\"AUTHORISATION_REQUIRED\",\"requiredAuthority\":\"SERGEANT\",\"rules\":[],"
                        + "\"alternatives\":[],\"policy\":{}}");

        List<CaseHistory.Line> lines = CaseHistory.of(record, decision, trail, formats);

        assertThat(lines)
                .extracting(CaseHistory.Line::title)
                .containsExactly(
                        "Case opened",
                        "Authorise: not done",
                        "Authorised",
                        "Agreement recorded",
                        "Condition 2's outcome recorded",
                        "Condition 1's outcome recorded",
                        "Case closed");
        assertThat(lines)
                .extracting(l -> l.from() + " -> " + l.to())
                .containsExactly(
                        "null -> AWAITING_AUTHORISATION",
                        "null -> null",
                        "AWAITING_AUTHORISATION -> DECIDED",
                        "DECIDED -> AGREED",
                        "AGREED -> AGREED",
                        "AGREED -> AGREED",
                        "AGREED -> NOT_COMPLETED");
        assertThat(lines.get(1).accepted()).isFalse();
        assertThat(lines.get(1).details()).containsExactly("Refused: role not permitted");
        assertThat(lines.get(2).details()).containsExactly("Rationale: first offence");
        assertThat(lines.get(3).details())
                .contains(
                        "Victim's views: wants the money back",
                        "The victim does not agree; overridden by sergeant (Sergeant): shop wants it closed",
                        "2 conditions");
        assertThat(lines.get(4).details())
                .containsExactly("Compensation: cost of the goods", "Completed. Evidence: receipt 17");
        assertThat(lines.get(5).details())
                .containsExactly("Apology: letter to the manager", "Not completed. Evidence: no letter");
        assertThat(lines.get(6).details()).containsExactly("Victim told the outcome: no");
        assertThat(lines.get(4).statusChanged()).isFalse();
        assertThat(lines.get(6).statusChanged()).isTrue();
    }

    @Test
    void aBarredCaseHasOneLineEndingNotPermitted() {
        entry(0, "officer", "OFFICER", "CREATE", "ACCEPTED");
        CaseRecord record = new CaseRecord(
                new Case(
                        ID,
                        "durham",
                        "officer",
                        CaseStatus.NOT_PERMITTED,
                        1,
                        Rank.NONE,
                        Rank.SERGEANT,
                        List.of(),
                        at(0),
                        at(0)),
                "105A",
                "{}",
                "{}",
                "offender-ref",
                null,
                null,
                List.of(),
                null,
                null,
                null);
        DecisionView decision = DecisionView.read(
                JsonMapper.builder().build(), "{\"outcome\":\"NOT_PERMITTED\",\"rules\":[],\"policy\":{}}");

        List<CaseHistory.Line> lines = CaseHistory.of(record, decision, trail, formats);

        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.to()).isEqualTo(CaseStatus.NOT_PERMITTED);
            assertThat(l.details()).containsExactly("Decision: A community resolution is not permitted");
        });
    }
}
