package uk.crs.scrutiny;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A panel member: their account, agency, whether they vote (police members usually do not), whether they chair,
 * their declared conflicts (case references or officer tokens they must not judge) and when they accepted the terms
 * of reference (a member who has not accepted them sees no packs).
 */
public record Member(
        String username,
        Agency agency,
        boolean voting,
        boolean chair,
        Set<String> conflicts,
        @Nullable Instant termsAcceptedAt) {

    public Member {
        conflicts = Set.copyOf(conflicts);
    }

    /** Whether this member declared a conflict with the case or its officer. */
    public boolean conflictedWith(String caseRef, String officerToken) {
        return conflicts.contains(caseRef) || conflicts.contains(officerToken);
    }
}
