package uk.crs.scrutiny;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A panel meeting: scheduled, held, or cancelled with a reason; its sampled cases and those carried over from an
 * earlier meeting, with each case's review, and the actions agreed.
 */
public record Meeting(
        String id,
        String panelId,
        LocalDate date,
        Status status,
        @Nullable String cancellationReason,
        List<Review> reviews,
        List<String> carriedOverFrom,
        List<Action> actions) {

    public Meeting {
        reviews = List.copyOf(reviews);
        carriedOverFrom = List.copyOf(carriedOverFrom);
        actions = List.copyOf(actions);
        if (status == Status.CANCELLED && (cancellationReason == null || cancellationReason.isBlank())) {
            throw new IllegalArgumentException("a cancelled meeting records why");
        }
    }

    public enum Status {
        SCHEDULED,
        HELD,
        CANCELLED
    }

    /** An action agreed at a meeting, with its owner and due date. */
    public record Action(String text, String owner, LocalDate due, @Nullable String response) {}

    /** The cases concluded UNABLE_TO_DETERMINE, for the next meeting's agenda. */
    public List<String> casesToCarryOver() {
        return reviews.stream().filter(Review::carriedOver).map(Review::caseRef).toList();
    }
}
