package uk.crs.cli;

import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;

/** Reads a {@code --force} value as people type it: the slug or the name in any case, with a suggestion on a typo. */
final class ForceOption {

    private ForceOption() {}

    /** The slug of the force among {@code allowed}, or the message that refuses the value. */
    static Result read(String option, String typed, Predicate<Force> allowed) {
        Forces forces = Forces.standard();
        Optional<Force> found = forces.typed(typed).filter(allowed);
        if (found.isPresent()) {
            return new Result(found.get().slug(), null);
        }
        String suggestion = forces.nearest(typed)
                .filter(allowed)
                .map(f -> "; did you mean '" + f.slug() + "'?")
                .orElse("; expected a data.police.uk slug such as durham, cleveland or metropolitan");
        return new Result(null, option + ": unknown force '" + typed + "'" + suggestion);
    }

    /** Exactly one of a slug and a refusal. */
    record Result(@Nullable String slug, @Nullable String refusal) {}
}
