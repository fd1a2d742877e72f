package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.crs.decision.Decision;

/**
 * A case ready to be stored: the facts snapshot (without personal data), the decision made on them, and the people.
 */
public record NewCase(
        String offenceCode,
        LocalDate offenceDate,
        String factsJson,
        Decision decision,
        String decisionJson,
        Person offender,
        @Nullable Person victim) {

    public NewCase {
        requireNonNull(offenceCode, "offenceCode");
        requireNonNull(offenceDate, "offenceDate");
        requireNonNull(factsJson, "factsJson");
        requireNonNull(decision, "decision");
        requireNonNull(decisionJson, "decisionJson");
        requireNonNull(offender, "offender");
    }

    @Override
    public String toString() {
        return "NewCase[" + offenceCode + ", offender " + offender.ref() + "]";
    }
}
