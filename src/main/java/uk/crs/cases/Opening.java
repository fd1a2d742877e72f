package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.util.List;
import uk.crs.decision.FieldError;

/** What opening a case gives back; every answer is audited, and only {@link Opened} stores a case. */
public sealed interface Opening permits Opening.Opened, Opening.Invalid, Opening.Refused {

    /** The case was decided, pseudonymised and stored. */
    record Opened(CaseRecord record) implements Opening {
        public Opened {
            requireNonNull(record, "record");
        }
    }

    /** The submission cannot be read; every bad field is named ({@code (body)} for the document as a whole). */
    record Invalid(List<FieldError> errors) implements Opening {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid submission needs at least one error");
            }
        }
    }

    /** The user may not open this case (their role, for instance). */
    record Refused(Refusal refusal) implements Opening {
        public Refused {
            requireNonNull(refusal, "refusal");
        }
    }
}
