package uk.crs.analytics;

import static java.util.Objects.requireNonNull;

/** A result, or a refusal with the reason in plain words: refusals are values, not exceptions. */
public sealed interface Answer<T> {

    record Given<T>(T value) implements Answer<T> {
        public Given {
            requireNonNull(value, "value");
        }
    }

    record Refused<T>(String reason) implements Answer<T> {
        public Refused {
            requireNonNull(reason, "reason");
        }
    }

    static <T> Answer<T> refused(String reason) {
        return new Refused<>(reason);
    }
}
