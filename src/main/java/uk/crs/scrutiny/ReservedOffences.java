package uk.crs.scrutiny;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The {@link Theme#RESERVED_OFFENCE} rule: a case is in an offence class the guidance reserves for formal action when
 * its stored decision found anything but PASS on one of the policy rules that stand for those classes. Such a case can
 * only have closed as a CR by an exceptional authorisation, which is what a panel most needs to see.
 *
 * <p>The classes, from the policies' own clauses (derived: the rule ids are those of {@code national-default} 1.0 and
 * 2.0): indictable-only offences (C4a/R7, NPCC guidance), offences serious by nature (C4), knife and offensive-weapon
 * possession (R8, NPCC knife guidelines) and sexual offences (R10, NPCC June 2019 statement).
 */
public final class ReservedOffences {

    /** The policy rule ids of the reserved classes. */
    public static final Set<String> RULES = Set.of(
            "indictable-only",
            "serious-by-nature",
            "knife-crime",
            "knife-possession-16-and-over",
            "knife-possession-under-16",
            "sexual-offence");

    private ReservedOffences() {}

    /** Whether a decision (its stored JSON) found a reserved class: a reserved rule with a result other than PASS. */
    public static boolean reserved(JsonNode decision) {
        for (JsonNode rule : decision.path("rules")) {
            if (RULES.contains(rule.path("id").asString(""))
                    && !"PASS".equals(rule.path("result").asString("PASS"))) {
                return true;
            }
        }
        return false;
    }
}
