package uk.crs.cases;

import static java.util.Objects.requireNonNull;

/** What a command on the case store gives back: the case as stored afterwards, or the refusal (also audited). */
public sealed interface CommandResult<T> permits CommandResult.Done, CommandResult.Refused {

    /** The command succeeded. */
    record Done<T>(T value) implements CommandResult<T> {
        public Done {
            requireNonNull(value, "value");
        }
    }

    /** The command was refused and nothing but its audit entry was written. */
    record Refused<T>(Refusal refusal) implements CommandResult<T> {
        public Refused {
            requireNonNull(refusal, "refusal");
        }
    }

    static <T> CommandResult<T> refused(Refusal.Kind kind, String message) {
        return new Refused<>(new Refusal(kind, message));
    }
}
