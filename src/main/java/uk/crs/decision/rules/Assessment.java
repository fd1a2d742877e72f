package uk.crs.decision.rules;

import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.crs.decision.CaseFacts;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceDefinition;
import uk.crs.policy.OffenceFlag;

/**
 * Everything a rule may look at: the case facts, the offence as the rules match on it, the final gravity score, and
 * the offence-level catalogue entry decided on (the one named, or the most serious of a class), if there is one.
 */
public record Assessment(
        CaseFacts facts,
        Offence offence,
        GravityScore gravity,
        Function<String, Optional<Offence>> catalogue,
        @Nullable OffenceDefinition definition) {

    public Assessment(
            CaseFacts facts, Offence offence, GravityScore gravity, Function<String, Optional<Offence>> catalogue) {
        this(facts, offence, gravity, catalogue, null);
    }

    public boolean child() {
        return facts.child();
    }

    /** Whether the offence carries the flag, as named or, for a class, in its class-level entry or its most serious. */
    public boolean has(OffenceFlag flag) {
        OffenceDefinition d = definition;
        return offence.has(flag) || (d != null && d.has(flag));
    }

    /** The offence's title for explanations, never a bare code. */
    public String title() {
        OffenceDefinition d = definition;
        return d != null && facts.offence().offenceId() != null ? d.title() : offence.description();
    }
}
