package uk.crs.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One version of a policy document: its identity, the period and scope it applies to, and its rules. */
public record Policy(
        String id,
        String version,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        Scope scope,
        String description,
        List<RuleSpec> rules,
        String sha256,
        String source) {

    public Policy {
        rules = List.copyOf(rules);
    }

    /** Whether the policy applies on that date (effective-to is inclusive; none means open-ended). */
    public boolean inForceOn(LocalDate date) {
        LocalDate to = effectiveTo;
        return !date.isBefore(effectiveFrom) && (to == null || !date.isAfter(to));
    }

    /** Whether this and the other policy have the same scope and share at least one day. */
    public boolean overlaps(Policy other) {
        if (!scope.equals(other.scope)) {
            return false;
        }
        LocalDate to = effectiveTo;
        LocalDate otherTo = other.effectiveTo;
        boolean startsBeforeOtherEnds = otherTo == null || !effectiveFrom.isAfter(otherTo);
        boolean otherStartsBeforeThisEnds = to == null || !other.effectiveFrom.isAfter(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** {@code id@version}, the name under which the policy is listed and can be chosen explicitly. */
    public String label() {
        return id + "@" + version;
    }

    public Optional<RuleSpec> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
