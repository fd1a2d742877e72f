package uk.crs.decision;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Case facts read from JSON: either valid facts or every problem found, each naming its field. */
public sealed interface ParsedCase {

    /** Facts that passed every check at the boundary and can be decided. */
    record Valid(CaseFacts facts) implements ParsedCase {}

    /** Facts that cannot be decided; {@code id} is the caller's reference when it could be read. */
    record Invalid(@Nullable String id, List<FieldError> errors) implements ParsedCase {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("invalid case facts need at least one error");
            }
        }
    }
}
