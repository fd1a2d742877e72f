package uk.crs.cases;

import static uk.crs.cases.CaseAction.AGREE;
import static uk.crs.cases.CaseAction.AUTHORISE;
import static uk.crs.cases.CaseAction.CLOSE;
import static uk.crs.cases.CaseAction.CREATE;
import static uk.crs.cases.CaseAction.RECORD_OUTCOME;
import static uk.crs.cases.CaseAction.REFUSE;
import static uk.crs.cases.CaseAction.WITHDRAW;
import static uk.crs.cases.CaseStatus.AGREED;
import static uk.crs.cases.CaseStatus.AWAITING_AUTHORISATION;
import static uk.crs.cases.CaseStatus.COMPLETED;
import static uk.crs.cases.CaseStatus.DECIDED;
import static uk.crs.cases.CaseStatus.NOT_COMPLETED;
import static uk.crs.cases.CaseStatus.NOT_PERMITTED;
import static uk.crs.cases.CaseStatus.REFUSED;
import static uk.crs.cases.CaseStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.crs.users.Role;

/**
 * The lifecycle as one table of (action, from, to, roles), read by the case, the tests and the docs.
 *
 * <p>Any police role may create a case (a sergeant may deal with an incident too); the officer who created a case may
 * never authorise it.
 *
 * <p>Rank beyond the role (the decision's required authority, the override rank) and "not the case's own officer" are
 * checked by {@link Case}, since they depend on the case.
 */
public final class Transitions {

    /** Every police role: constables, PCSOs and staff investigators (OFFICER) and the ranks above. */
    public static final Set<Role> POLICE = EnumSet.of(Role.OFFICER, Role.SERGEANT, Role.INSPECTOR, Role.SUPERINTENDENT);

    /** Ranks that may authorise at all; the case's required authority may ask for more. */
    public static final Set<Role> SUPERVISORS = EnumSet.of(Role.SERGEANT, Role.INSPECTOR, Role.SUPERINTENDENT);

    private static final List<Transition> TABLE = List.of(
            new Transition(CREATE, null, NOT_PERMITTED, POLICE),
            new Transition(CREATE, null, AWAITING_AUTHORISATION, POLICE),
            new Transition(CREATE, null, DECIDED, POLICE),
            new Transition(AUTHORISE, AWAITING_AUTHORISATION, DECIDED, SUPERVISORS),
            new Transition(REFUSE, AWAITING_AUTHORISATION, REFUSED, SUPERVISORS),
            new Transition(AGREE, DECIDED, AGREED, POLICE),
            new Transition(RECORD_OUTCOME, AGREED, AGREED, POLICE),
            new Transition(CLOSE, AGREED, COMPLETED, POLICE),
            new Transition(CLOSE, AGREED, NOT_COMPLETED, POLICE),
            new Transition(WITHDRAW, AWAITING_AUTHORISATION, WITHDRAWN, POLICE),
            new Transition(WITHDRAW, DECIDED, WITHDRAWN, POLICE),
            new Transition(WITHDRAW, AGREED, WITHDRAWN, POLICE));

    private Transitions() {}

    public static List<Transition> all() {
        return TABLE;
    }

    /** The roles that may take this action from some state; anyone else is refused whatever the state. */
    public static Set<Role> rolesFor(CaseAction action) {
        return TABLE.stream()
                .filter(t -> t.action() == action)
                .flatMap(t -> t.roles().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public static Optional<Transition> find(CaseAction action, CaseStatus from, CaseStatus to) {
        return TABLE.stream()
                .filter(t -> t.action() == action && t.from() == from && t.to() == to)
                .findFirst();
    }
}
