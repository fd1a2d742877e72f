package uk.crs.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The RESERVED_OFFENCE theme: which stored decisions put a case in a class reserved for formal action. */
class ReservedOffencesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static boolean reserved(String rules) {
        return ReservedOffences.reserved(JSON.readTree("{\"outcome\":\"PERMITTED\",\"rules\":" + rules + "}"));
    }

    @Test
    void aReservedRuleThatEscalatedOrBlockedMakesTheCaseReserved() {
        assertThat(reserved("[{\"id\":\"sexual-offence\",\"result\":\"ESCALATE\",\"authority\":\"INSPECTOR\"}]"))
                .isTrue();
        assertThat(reserved("[{\"id\":\"indictable-only\",\"result\":\"ESCALATE\"}]"))
                .isTrue();
        assertThat(reserved("[{\"id\":\"knife-crime\",\"result\":\"BLOCK\"}]")).isTrue();
        assertThat(reserved("[{\"id\":\"knife-possession-under-16\",\"result\":\"WARN\"}]"))
                .isTrue();
    }

    @Test
    void passingReservedRulesOrOtherRulesDoNot() {
        assertThat(reserved("[{\"id\":\"sexual-offence\",\"result\":\"PASS\"},{\"id\":\"indictable-only\","
                        + "\"result\":\"PASS\"}]"))
                .isFalse();
        // a hate-aggravated escalation is its own theme, not a reserved offence class
        assertThat(reserved("[{\"id\":\"hate-aggravated\",\"result\":\"ESCALATE\"}]"))
                .isFalse();
        assertThat(reserved("[]")).isFalse();
        assertThat(ReservedOffences.reserved(JSON.readTree("{}"))).isFalse();
    }

    @Test
    void everyReservedRuleIdIsARuleOfAShippedPolicy() throws Exception {
        String policies = Files.readString(Path.of("src/main/resources/policy/national-default.yaml"))
                + Files.readString(Path.of("src/main/resources/policy/national-default-2.0.yaml"));
        assertThat(ReservedOffences.RULES).allSatisfy(id -> assertThat(policies).contains("id: " + id + "\n"));
    }
}
