package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One condition of an agreement, numbered from 1 within its case.
 *
 * @param amountGbp pounds, for COMPENSATION only
 * @param outcome null until its completion or non-completion is recorded
 */
public record Condition(
        int id,
        ConditionType type,
        String detail,
        LocalDate due,
        @Nullable BigDecimal amountGbp,
        @Nullable ConditionOutcome outcome) {

    public Condition {
        requireNonNull(type, "type");
        requireNonNull(detail, "detail");
        requireNonNull(due, "due");
        if ((type == ConditionType.COMPENSATION) != (amountGbp != null)) {
            throw new IllegalArgumentException(
                    "condition " + id + ": an amount is required for COMPENSATION and only for it, found " + amountGbp);
        }
    }

    public Condition withOutcome(ConditionOutcome recorded) {
        return new Condition(id, type, detail, due, amountGbp, recorded);
    }
}
