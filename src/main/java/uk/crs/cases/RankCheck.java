package uk.crs.cases;

import uk.crs.decision.Authority;
import uk.crs.users.Role;

/** Whether a role carries the authority a decision or policy asks for; NONE asks only for a police role. */
final class RankCheck {

    private RankCheck() {}

    static boolean holds(Role role, Authority required) {
        return required == Authority.NONE ? role.isPolice() : role.hasRankAtLeast(Role.valueOf(required.name()));
    }
}
