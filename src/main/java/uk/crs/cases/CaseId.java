package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The identifier of a case, a random UUID chosen when it is created. */
public record CaseId(String value) {

    public CaseId {
        requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID().toString());
    }

    /** Parses a case id from a URL, or returns null when it is not a UUID (so it cannot name any case). */
    public static @Nullable CaseId parse(String text) {
        try {
            return new CaseId(UUID.fromString(text).toString());
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
