package uk.crs.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.decision.CaseFactsFixture.aFirstTimeAdultShoplifting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.crs.policy.Policies;
import uk.crs.policy.Policy;
import uk.crs.policy.PolicyReading;
import uk.crs.policy.Rank;

/** R7: a policy may name an exceptional authorisation for indictable-only offences instead of excluding them. */
class ExceptionalAuthorisationTest {

    @Test
    void escalatesIndictableOnlyOffencesToTheNamedRank() throws IOException {
        Policy policy = policy(
                "    # no exceptionalAuthorisation: indictable-only offences are NOT_PERMITTED under the national default",
                "    exceptionalAuthorisation: SUPERINTENDENT");

        Decision decision = Decider.bundled()
                .decide(aFirstTimeAdultShoplifting().offence("34B").build(), policy);

        RuleResult indictable = decision.rules().stream()
                .filter(r -> r.id().equals("indictable-only"))
                .findFirst()
                .orElseThrow();
        assertThat(indictable.result()).isEqualTo(Verdict.ESCALATE);
        assertThat(indictable.authority()).isEqualTo(Rank.SUPERINTENDENT);
        assertThat(decision.outcome()).isEqualTo(Outcome.AUTHORISATION_REQUIRED);
        assertThat(decision.requiredAuthority()).isEqualTo(Rank.SUPERINTENDENT);
    }

    @Test
    void theNationalDefaultNamesNoExceptionSoIndictableOnlyOffencesAreRefused() {
        Decision decision = Decider.bundled()
                .decide(aFirstTimeAdultShoplifting().offence("34B").build(), CaseFactsFixture.TODAY);

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_PERMITTED);
        assertThat(decision.firedRuleIds()).contains("indictable-only");
    }

    private static Policy policy(String from, String to) throws IOException {
        String yaml;
        try (InputStream in = ExceptionalAuthorisationTest.class.getResourceAsStream("/policy/national-default.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = yaml.replace(from, to).replace("id: national-default", "id: exceptional");
        assertThat(changed).isNotEqualTo(yaml);
        PolicyReading reading = Policies.read("exceptional.yaml", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.problems()).isEmpty();
        return java.util.Objects.requireNonNull(reading.policy());
    }
}
