package uk.crs.cases;

import static java.util.Objects.requireNonNull;

/** What a command on a {@link Case} gives: the next case and its event, or a refusal. */
public sealed interface TransitionResult permits TransitionResult.Accepted, TransitionResult.Rejected {

    /** The command was accepted: {@code next} is the case after it and {@code event} says what happened. */
    record Accepted(Case next, CaseEvent event) implements TransitionResult {
        public Accepted {
            requireNonNull(next, "next");
            requireNonNull(event, "event");
        }
    }

    /** The command was refused; the case is unchanged. */
    record Rejected(Refusal refusal) implements TransitionResult {
        public Rejected {
            requireNonNull(refusal, "refusal");
        }
    }

    static TransitionResult refuse(Refusal.Kind kind, String message) {
        return new Rejected(new Refusal(kind, message));
    }
}
