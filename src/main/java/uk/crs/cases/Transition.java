package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.crs.users.Role;

/**
 * One allowed step of the lifecycle: who may take {@code action} from {@code from} to {@code to}.
 *
 * @param from null for {@link CaseAction#CREATE}, which starts a case
 */
public record Transition(CaseAction action, @Nullable CaseStatus from, CaseStatus to, Set<Role> roles) {

    public Transition {
        requireNonNull(action, "action");
        requireNonNull(to, "to");
        roles = Set.copyOf(roles);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
