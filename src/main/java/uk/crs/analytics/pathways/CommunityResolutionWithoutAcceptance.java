package uk.crs.analytics.pathways;

/** A crs case closed as a community resolution (outcome 8) without the offender's recorded acceptance. */
final class CommunityResolutionWithoutAcceptance implements ConformanceRule.CaseRule {

    @Override
    public String id() {
        return "cr-closed-without-acceptance";
    }

    @Override
    public String description() {
        return "A case closed as a community resolution (outcome 8) without the offender's acceptance recorded";
    }

    @Override
    public String source() {
        return "verified: a community resolution needs the offender to accept responsibility (College of Policing,"
                + " community resolutions guidance; domain/community-resolutions.md, rule R2); outcome 22 is the"
                + " route that needs no admission";
    }

    @Override
    public boolean breaks(ClosedCase c) {
        return c.outcomeType() == 8 && !c.offenderAccepted();
    }
}
