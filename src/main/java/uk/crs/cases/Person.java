package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person's identifying details as the case store holds them, in {@code case_people} only: never logged, never in
 * an audit payload, never in the facts snapshot.
 *
 * @param ref the pseudonymous reference that every other table and analysts' queries use instead
 */
public record Person(String ref, String name, @Nullable LocalDate dateOfBirth, @Nullable String contact) {

    public Person {
        requireNonNull(ref, "ref");
        requireNonNull(name, "name");
    }

    /** Names the type without its contents, so that a stray log line cannot leak personal data. */
    @Override
    public String toString() {
        return "Person[" + ref + "]";
    }
}
