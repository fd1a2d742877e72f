package uk.crs.scrutiny;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Feedback to the officer behind a case the panel found INAPPROPRIATE or APPROPRIATE_WITH_OBSERVATIONS, routed
 * through their supervisor, who acknowledges it. The officer is named only by their pseudonymous token.
 */
public record Feedback(
        String caseRef,
        String officerToken,
        String force,
        Assessment conclusion,
        String observations,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt) {

    /** Feedback for a concluded review, or null when its conclusion needs none. */
    public static @Nullable Feedback from(Review review, String force) {
        Review.Conclusion c = review.conclusion();
        if (c == null || !c.assessment().needsFeedback()) {
            return null;
        }
        return new Feedback(review.caseRef(), review.officerToken(), force, c.assessment(), c.note(), null, null);
    }

    /** Acknowledged by a supervisor of the same force; a second acknowledgement changes nothing. */
    public Feedback acknowledge(String supervisor, Instant at) {
        return acknowledgedBy != null
                ? this
                : new Feedback(caseRef, officerToken, force, conclusion, observations, supervisor, at);
    }
}
