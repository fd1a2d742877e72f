package uk.crs.cases;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.crs.users.User;

/** The transition table's verdict on a user taking an action from a status: a refusal, or nothing when allowed. */
final class Permission {

    private Permission() {}

    static Optional<Refusal> check(User by, CaseAction action, @Nullable CaseStatus from, CaseStatus to) {
        if (!Transitions.rolesFor(action).contains(by.role())) {
            return Optional.of(new Refusal(
                    Refusal.Kind.ROLE_NOT_PERMITTED, "the role " + by.role() + " may not " + verb(action) + " a case"));
        }
        boolean allowed = Transitions.all().stream()
                .anyMatch(t -> t.action() == action && t.from() == from && t.to() == to && t.allows(by.role()));
        if (!allowed) {
            return Optional.of(new Refusal(
                    Refusal.Kind.TRANSITION_NOT_ALLOWED,
                    "a case that is " + from + " cannot be taken to " + to + " by " + action));
        }
        return Optional.empty();
    }

    private static String verb(CaseAction action) {
        return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
