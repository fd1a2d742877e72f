package uk.crs.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.crs.policy.ModeOfTrial;
import uk.crs.policy.OffenceDefinition;
import uk.crs.policy.Offences;

/** Naming the offence in case facts, and the strict contract's errors, through the JSON boundary. */
class OffenceNamingTest {

    private static final DecisionJson JSON = DecisionJson.bundled();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    private static final String REST = "\"offender\":{\"age\":34,\"acceptsResponsibility\":true},"
            + "\"evidenceSufficient\":true,\"rationale\":\"r\"";
    private static final String VICTIM =
            "\"victim\":{\"identified\":true,\"consulted\":true,\"consents\":true,\"views\":\"ok\"},";

    private static ParsedCase parse(String offence, String victim) {
        return JSON.parse("{\"force\":\"durham\",\"offence\":" + offence + "," + victim + REST + "}", TODAY);
    }

    private static String errors(ParsedCase p) {
        assertThat(p).isInstanceOf(ParsedCase.Invalid.class);
        return ((ParsedCase.Invalid) p).errors().toString();
    }

    @Test
    void sexualAssaultIsEitherWayAndFoundBySearch() {
        OffenceDefinition s3 = Offences.bundled().search("sexual assault").stream()
                .filter(d -> d.id().equals("soa03-s3"))
                .findFirst()
                .orElseThrow();
        assertThat(s3.modeOfTrial()).isEqualTo(ModeOfTrial.EITHER_WAY);
        assertThat(s3.legislation()).isEqualTo("Sexual Offences Act 2003");
        assertThat(Offences.bundled().size()).isGreaterThanOrEqualTo(250);
    }

    @Test
    void legislationAndSectionMatchIgnoringCaseSpacesAndPrefix() {
        ParsedCase p = parse(
                "{\"legislation\":\"SEXUAL offences act 2003\",\"section\":\"s. 3\",\"date\":\"2026-12-05\"}", VICTIM);
        assertThat(p).isInstanceOf(ParsedCase.Valid.class);
        assertThat(((ParsedCase.Valid) p).facts().offence().offenceId()).isEqualTo("soa03-s3");
    }

    @Test
    void unknownIdUnmatchedSectionContradictionAndMissingVictimNameTheirFields() {
        assertThat(errors(parse("{\"id\":\"no-such\",\"date\":\"2026-12-05\"}", VICTIM)))
                .contains("offence.id");
        assertThat(errors(parse(
                        "{\"legislation\":\"Theft Act 1968\",\"section\":\"99\",\"date\":\"2026-12-05\"}", VICTIM)))
                .contains("offence.legislation");
        assertThat(errors(parse(
                        "{\"id\":\"cja88-s39\",\"date\":\"2026-12-05\"}",
                        "\"victim\":{\"identified\":true,\"consulted\":false,\"consents\":true},")))
                .contains("victim.consents")
                .contains("victim.consulted");
        assertThat(errors(parse("{\"id\":\"cja88-s39\",\"date\":\"2026-12-05\"}", "")))
                .contains("victim");
        assertThat(errors(parse(
                        "{\"id\":\"cja88-s39\",\"date\":\"2026-12-05\"}",
                        "\"victim\":{\"identified\":true,\"consulted\":true,\"consents\":true},")))
                .contains("victim.views");
        assertThat(errors(parse("{\"id\":\"cja88-s39\",\"date\":\"2026-12-05\",\"colour\":\"red\"}", VICTIM)))
                .contains("offence.colour");
    }

    @Test
    void aVictimlessOffenceNeedsNoVictimAndAClassWarnsNamingItsChoices() {
        assertThat(parse("{\"id\":\"mda71-s5-2-b\",\"date\":\"2026-12-05\"}", ""))
                .isInstanceOf(ParsedCase.Valid.class);
        CaseFacts facts = ((ParsedCase.Valid) parse("{\"code\":\"20A\",\"date\":\"2026-12-05\"}", VICTIM)).facts();
        Decision d = Decider.bundled().decide(facts, TODAY);
        assertThat(d.policy().version()).isEqualTo("2.0");
        assertThat(d.warnings()).singleElement().asString().contains("soa03-s3").contains("soa03-s2");
        assertThat(d.alternatives()).extracting(Alternative::homeOfficeOutcome).contains("1");
        assertThat(JSON.write(d)).doesNotContain("requiredAuthority");
    }
}
