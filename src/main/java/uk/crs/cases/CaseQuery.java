package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A search of one force's cases: by status and by creation time in [from, to). */
public record CaseQuery(
        String force, @Nullable CaseStatus status, @Nullable Instant from, @Nullable Instant to, int limit) {

    public CaseQuery {
        requireNonNull(force, "force");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1 to 1000, found " + limit);
        }
    }
}
