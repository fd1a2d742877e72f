package uk.crs.web.pages;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored decision as the pages show it: the outcome in words, every rule with its clause, the policy version, and
 * the alternatives to consider when a community resolution is barred.
 */
record DecisionView(
        String outcome,
        String outcomeText,
        String requiredAuthority,
        int gravityScore,
        List<RuleLine> rules,
        String policyId,
        String policyVersion,
        String policySha256) {

    /**
     * Other outcomes an officer can consider when a community resolution is not permitted. Derived from the domain
     * notes (shared/domain/community-resolutions.md §5, Home Office outcome types 1–22): a placeholder list for the
     * officer's judgement, not a decision of the engine.
     */
    static final List<String> ALTERNATIVES = List.of(
            "refer the case for a charging decision (by the police or the Crown Prosecution Service)",
            "a caution or conditional caution (for a child, a youth caution or youth conditional caution)",
            "diversionary, educational or intervention activity (Home Office outcome 22)",
            "if the evidence is not enough to charge, record why no further action is taken");

    DecisionView {
        rules = List.copyOf(rules);
    }

    public boolean barred() {
        return outcome.equals("NOT_PERMITTED");
    }

    /** One rule's finding in plain words. */
    record RuleLine(String rule, String result, String resultTag, String explanation, String clause) {}

    static DecisionView read(JsonMapper json, String decisionJson) {
        JsonNode d = json.readTree(decisionJson);
        List<RuleLine> rules = new ArrayList<>();
        for (JsonNode r : d.path("rules")) {
            String result = r.path("result").asString("");
            String authority = r.path("authority").asString("NONE");
            rules.add(new RuleLine(
                    new Formats().sentence(r.path("id").asString("")),
                    switch (result) {
                        case "PASS" -> "Met";
                        case "BLOCK" -> "Not permitted";
                        case "ESCALATE" ->
                            "Needs a " + new Formats().sentence(authority).toLowerCase(java.util.Locale.UK);
                        case "WARN" -> "Flagged for scrutiny";
                        default -> result;
                    },
                    switch (result) {
                        case "PASS" -> "govuk-tag--green";
                        case "BLOCK" -> "govuk-tag--red";
                        case "ESCALATE" -> "govuk-tag--yellow";
                        default -> "govuk-tag--grey";
                    },
                    r.path("explanation").asString(""),
                    r.path("clause").asString("")));
        }
        String outcome = d.path("outcome").asString("");
        String authority = d.path("requiredAuthority").asString("NONE");
        String text =
                switch (outcome) {
                    case "PERMITTED" -> "A community resolution is permitted";
                    case "AUTHORISATION_REQUIRED" ->
                        "A community resolution needs authorisation by a "
                                + new Formats().sentence(authority).toLowerCase(java.util.Locale.UK) + " or above";
                    case "NOT_PERMITTED" -> "A community resolution is not permitted";
                    default -> outcome;
                };
        JsonNode policy = d.path("policy");
        return new DecisionView(
                outcome,
                text,
                authority,
                d.path("gravityScore").asInt(0),
                rules,
                policy.path("id").asString(""),
                policy.path("version").asString(""),
                policy.path("sha256").asString(""));
    }
}
