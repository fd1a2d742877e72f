package uk.crs.analytics.pathways;

import java.util.List;

/**
 * A check that a recorded outcome fits its pathway. Each rule has a stable id (shown in reports: do not rename), says
 * what it finds in plain words, and cites its source with whether it is verified, derived or a placeholder.
 */
public sealed interface ConformanceRule
        permits ConformanceRule.RecordRule, ConformanceRule.CaseRule, ConformanceRule.NotCheckable {

    String id();

    String description();

    String source();

    /** A rule over the force's records extract: an SQL condition on one {@code force_record} row {@code f}. */
    non-sealed interface RecordRule extends ConformanceRule {
        String condition();
    }

    /** A rule over crs's own closed cases. */
    non-sealed interface CaseRule extends ConformanceRule {
        boolean breaks(ClosedCase c);
    }

    /** A rule the sources cannot check, listed so that a reader knows it was not checked and why. */
    non-sealed interface NotCheckable extends ConformanceRule {
        String why();
    }

    /** Every rule, in the order reports list them. */
    static List<ConformanceRule> all() {
        return List.of(
                new OutcomeBeforeItBegan(),
                new YouthCautionForAnAdult(),
                new DeferredProsecutionForAnAdult(),
                new OutcomeBeforeOffence(),
                new CommunityResolutionWithoutAcceptance(),
                new FailedDeferredProsecutionClosedAs22());
    }
}
