package uk.crs.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import uk.crs.policy.Policies;
import uk.crs.policy.Policy;
import uk.crs.policy.PolicyReading;

/**
 * Worked examples for the Community Remedy rule (Anti-social Behaviour, Crime and Policing Act 2014 ss.101-103: the
 * police and crime commissioner consults and publishes a list of actions; the conditions offered with a community
 * resolution come from it; the Kent SOP describes the practice). No bundled policy lists a commissioner's actions
 * yet, so the list here is an illustrative local one added to national-default 2.0; the expectations follow from the
 * statute, not from running the engine.
 */
class CommunityRemedyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    private static final String RULE =
            """

              - kind: community-remedy
                id: community-remedy
                clause: "ASBCPA 2014 ss.101-103: conditions come from the PCC's published Community Remedy list"
                actions: ["written apology", "repair the damage", "pay compensation", "restorative justice"]
            """;

    @Test
    void conditionsFromTheListPass() throws IOException {
        Decision d = decide("[\"Written apology\", \"pay compensation\"]");

        assertThat(d.outcome()).isEqualTo(Outcome.PERMITTED);
        assertThat(result(d).result()).isEqualTo(Verdict.PASS);
        assertThat(result(d).explanation()).contains("every condition offered is on the Community Remedy list");
    }

    @Test
    void aConditionOffTheListIsRefusedAndNamed() throws IOException {
        Decision d = decide("[\"written apology\", \"wash the officer's car\"]");

        assertThat(d.outcome()).isEqualTo(Outcome.NOT_PERMITTED);
        assertThat(d.firedRuleIds()).containsExactly("community-remedy");
        assertThat(result(d).explanation())
                .startsWith("conditions not on the Community Remedy list: [wash the officer's car];");
    }

    @Test
    void noConditionsYetPointsToTheList() throws IOException {
        Decision d = decide("[]");

        assertThat(d.outcome()).isEqualTo(Outcome.PERMITTED);
        assertThat(result(d).explanation())
                .contains("choose them from the Community Remedy list")
                .contains("restorative justice");
    }

    private static RuleResult result(Decision d) {
        return d.rules().stream()
                .filter(r -> r.id().equals("community-remedy"))
                .findFirst()
                .orElseThrow();
    }

    private static Decision decide(String conditions) throws IOException {
        String json =
                "{\"id\":\"cr\",\"force\":\"durham\",\"offence\":{\"id\":\"ta68-s1-shop\",\"date\":\"2026-12-05\","
                        + "\"valueGbp\":25},\"offender\":{\"age\":34,\"acceptsResponsibility\":true,"
                        + "\"appropriateAdultPresent\":false,\"history\":[]},\"victim\":{\"identified\":true,"
                        + "\"consulted\":true,\"consents\":true,\"views\":\"wants an apology and the money back\"},"
                        + "\"evidenceSufficient\":true,\"rationale\":\"first offence, goods recovered\",\"conditions\":"
                        + conditions + "}";
        ParsedCase parsed = DecisionJson.bundled().parse(json, TODAY);
        assertThat(parsed).isInstanceOf(ParsedCase.Valid.class);
        return Decider.bundled().decide(((ParsedCase.Valid) parsed).facts(), policy());
    }

    private static Policy policy() throws IOException {
        String yaml;
        try (InputStream in = CommunityRemedyTest.class.getResourceAsStream("/policy/national-default-2.0.yaml")) {
            yaml = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = yaml.stripTrailing().replace("id: national-default\n", "id: remedy-example\n") + "\n" + RULE;
        assertThat(changed).contains("id: remedy-example").contains("kind: community-remedy");
        PolicyReading reading = Policies.read("remedy-example.yaml", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.problems()).isEmpty();
        return Objects.requireNonNull(reading.policy());
    }
}
