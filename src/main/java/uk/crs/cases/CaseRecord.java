package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the store holds about a case except personal data: the {@link Case} plus its decision, agreement,
 * authorisations, closure and disclosure mark.
 */
public record CaseRecord(
        Case kase,
        String offenceCode,
        String decisionJson,
        String factsJson,
        String offenderRef,
        @Nullable String victimRef,
        @Nullable AgreementDetails agreement,
        List<Authorisation> authorisations,
        @Nullable Closure closure,
        @Nullable String withdrawnReason,
        @Nullable DisclosureMark disclosureMark) {

    public CaseRecord {
        requireNonNull(kase, "kase");
        authorisations = List.copyOf(authorisations);
    }

    /** The offender's acceptance and the victim's voice, as agreed. */
    public record AgreementDetails(
            boolean offenderAccepts, String victimViews, boolean victimConsents, String by, Instant at) {}

    /**
     * A supervisor's authorisation, refusal, or override of the victim's objection.
     *
     * @param kind AUTHORISATION, REFUSAL or OVERRIDE
     */
    public record Authorisation(String kind, String by, String role, String rationale, Instant at) {}

    /** How the case was closed: whether the victim was told, and the Home Office outcome (8). */
    public record Closure(boolean victimInformed, int homeOfficeOutcome, Instant at) {}

    /** An inspector's (or higher) finding that an enhanced check should show this case, with the reason. */
    public record DisclosureMark(String by, String role, String reason, Instant at) {}
}
