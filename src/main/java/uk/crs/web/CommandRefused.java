package uk.crs.web;

import uk.crs.cases.Refusal;

/** Carries a refused command's {@link Refusal} (already audited) to the error mapper. */
final class CommandRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // a record of an enum and a string
    private final Refusal refusal;

    CommandRefused(Refusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
