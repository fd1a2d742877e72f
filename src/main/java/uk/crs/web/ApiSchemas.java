package uk.crs.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request bodies' schemas for the OpenAPI document. The controllers read bodies field by field (to name every
 * bad field), so these records describe the contract and are never bound; keep them in step with the readers.
 */
final class ApiSchemas {

    private ApiSchemas() {}

    @Schema(description = "Case facts (the crs decide contract) plus names and contacts, which are stored apart")
    record CaseFacts(
            @Schema(description = "data.police.uk slug of your own force", example = "durham") String force,
            Offence offence,
            Offender offender,
            @Schema(nullable = true) @Nullable Victim victim,
            @Schema(nullable = true) @Nullable Circumstances circumstances,
            @Schema(nullable = true) @Nullable List<String> aggravating,
            @Schema(nullable = true) @Nullable List<String> mitigating,
            boolean evidenceSufficient,
            @Schema(nullable = true) @Nullable String rationale) {}

    record Offence(
            @Schema(description = "Home Office offence code", example = "46") String code,
            @Schema(description = "not in the future") LocalDate date,
            @Schema(nullable = true, minimum = "0") @Nullable BigDecimal valueGbp) {}

    record Offender(
            @Schema(minimum = "10", maximum = "120") int age,
            boolean acceptsResponsibility,
            @Schema(nullable = true) @Nullable Boolean appropriateAdultPresent,
            @Schema(nullable = true) @Nullable List<PriorDisposal> history,
            String name,
            LocalDate dateOfBirth,
            String contact) {}

    record PriorDisposal(
            @Schema(
                            allowableValues = {
                                "COMMUNITY_RESOLUTION",
                                "CAUTION",
                                "CONDITIONAL_CAUTION",
                                "PENALTY_NOTICE",
                                "CONVICTION"
                            })
                    String disposal,
            String offenceCode,
            LocalDate date) {}

    record Victim(
            boolean identified,
            @Schema(description = "required when identified") @Nullable Boolean consulted,
            @Schema(description = "required when identified and consulted") @Nullable Boolean consents,
            @Schema(nullable = true, description = "in the victim's own words") @Nullable String views,
            @Schema(nullable = true) @Nullable String name,
            @Schema(nullable = true) @Nullable String contact) {}

    record Circumstances(
            boolean domesticAbuse,
            boolean intimatePartner,
            boolean hateAggravated,
            boolean weapon,
            @Schema(allowableValues = {"NONE", "MINOR", "SERIOUS"}) String injury,
            boolean vulnerableVictim,
            boolean childVictim) {}

    @Schema(description = "A supervisor's decision on a case awaiting authorisation")
    record Authorisation(
            @Schema(allowableValues = {"APPROVE", "REFUSE"}) String decision,
            String rationale,
            @Schema(nullable = true, description = "the version last read; or send If-Match") @Nullable
                    Integer version) {}

    @Schema(description = "The agreement: acceptance, the victim's views verbatim, consent or an override, conditions")
    record Agreement(
            boolean offenderAccepts,
            String victimViews,
            boolean victimConsents,
            @Schema(nullable = true, description = "required when victimConsents is false") @Nullable Override override,
            List<Condition> conditions,
            @Schema(nullable = true) @Nullable Integer version) {}

    record Override(String reasons) {}

    record Condition(
            @Schema(
                            allowableValues = {
                                "APOLOGY",
                                "REPARATION",
                                "COMPENSATION",
                                "COURSE",
                                "RESTORATIVE_JUSTICE",
                                "OTHER"
                            })
                    String type,
            String detail,
            LocalDate dueDate,
            @Schema(nullable = true, description = "pounds, 2 decimals; COMPENSATION only") @Nullable
                    BigDecimal amountGbp) {}

    @Schema(description = "Whether one condition was met, with the evidence")
    record Outcome(
            @Schema(allowableValues = {"COMPLETED", "NOT_COMPLETED"}) String outcome,
            String evidence,
            @Schema(nullable = true) @Nullable Integer version) {}

    @Schema(description = "Closing a case once every condition has an outcome")
    record Close(
            @Schema(allowableValues = {"COMPLETED", "NOT_COMPLETED"}) String outcome,
            boolean victimInformed,
            @Schema(nullable = true) @Nullable Integer version) {}

    @Schema(description = "Withdrawing a case that is not finished")
    record Withdraw(
            @Schema(nullable = true) @Nullable String reason, @Schema(nullable = true) @Nullable Integer version) {}
}
