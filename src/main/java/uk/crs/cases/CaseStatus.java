package uk.crs.cases;

/** Where a case stands in its lifecycle; the names are stored and published, so do not rename them. */
public enum CaseStatus {
    NOT_PERMITTED(true),
    AWAITING_AUTHORISATION(false),
    DECIDED(false),
    REFUSED(true),
    AGREED(false),
    COMPLETED(true),
    NOT_COMPLETED(true),
    WITHDRAWN(true);

    private final boolean terminal;

    CaseStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** A terminal case accepts no further command that changes its status. */
    public boolean terminal() {
        return terminal;
    }
}
