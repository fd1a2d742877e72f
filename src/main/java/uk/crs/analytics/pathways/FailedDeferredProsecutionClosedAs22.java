package uk.crs.analytics.pathways;

/** A deferred prosecution whose conditions were not met, closed as outcome 22 all the same. */
final class FailedDeferredProsecutionClosedAs22 implements ConformanceRule.NotCheckable {

    @Override
    public String id() {
        return "failed-deferred-prosecution-closed-as-22";
    }

    @Override
    public String description() {
        return "A deferred prosecution whose diversionary activity was not completed, closed as outcome 22";
    }

    @Override
    public String source() {
        return "derived: NPCC outcome 22 guidance (as summarised by the Youth Justice Legal Centre): outcome 22 is"
                + " recorded only once the diversionary activity has been completed; otherwise other outcomes are"
                + " considered";
    }

    @Override
    public String why() {
        return "not checked: the force records extract holds one outcome per crime and suspect and no completion of"
                + " the activity, and crs records community resolutions only";
    }
}
