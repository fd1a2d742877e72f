package uk.crs.web.pages;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored decision as the pages show it: the outcome in words, every rule with its clause, the policy version, and
 * the other disposals the decision found open on the facts (its {@code alternatives}).
 */
record DecisionView(
        String outcome,
        String outcomeText,
        String requiredAuthority,
        int gravityScore,
        List<RuleLine> rules,
        List<AlternativeLine> alternatives,
        String policyId,
        String policyVersion,
        String policySha256) {

    DecisionView {
        rules = List.copyOf(rules);
        alternatives = List.copyOf(alternatives);
    }

    public boolean barred() {
        return outcome.equals("NOT_PERMITTED");
    }

    /** One rule's finding in plain words. */
    record RuleLine(String rule, String result, String resultTag, String explanation, String clause) {}

    /** A disposal the decision found open, with its Home Office outcome number and why. */
    record AlternativeLine(String pathway, String homeOfficeOutcome, String explanation) {}

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
        List<AlternativeLine> alternatives = new ArrayList<>();
        for (JsonNode a : d.path("alternatives")) {
            alternatives.add(new AlternativeLine(
                    a.path("pathway").asString(""),
                    a.path("homeOfficeOutcome").asString(""),
                    a.path("explanation").asString("")));
        }
        String outcome = d.path("outcome").asString("");
        String authority = d.path("requiredAuthority").asString("NONE");
        String text =
                switch (outcome) {
                    case "PERMITTED" -> "A community resolution is permitted";
                    case "AUTHORISATION_REQUIRED" ->
                        "A community resolution needs authorisation by " + new Formats().rank(authority) + " or above";
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
                alternatives,
                policy.path("id").asString(""),
                policy.path("version").asString(""),
                policy.path("sha256").asString(""));
    }
}
