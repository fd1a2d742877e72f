package uk.crs.decision.rules;

import java.util.Optional;
import java.util.function.Function;
import uk.crs.decision.CaseFacts;
import uk.crs.policy.Offence;

/** Everything a rule may look at: the case facts, the catalogue entry for the offence, and the final gravity score. */
public record Assessment(
        CaseFacts facts, Offence offence, GravityScore gravity, Function<String, Optional<Offence>> catalogue) {

    public boolean child() {
        return facts.child();
    }
}
