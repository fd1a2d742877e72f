package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import uk.crs.policy.Rank;

/**
 * The victim-consent rule of the policy a case was decided under, as it applies when the agreement is recorded: the
 * victim's answer at agreement time is checked against it again, on the server, whatever the facts said at creation.
 *
 * @param consentRequired the policy refuses a community resolution the victim does not agree to (C3b)
 * @param overrideRank the rank that may go ahead without the victim's consent where the policy allows it (C3a)
 * @param policy the policy's id and version, for messages
 */
public record ConsentRule(boolean consentRequired, Rank overrideRank, String policy) {

    public ConsentRule {
        requireNonNull(overrideRank, "overrideRank");
        requireNonNull(policy, "policy");
    }

    /** The national default (ACPO 2012 C3a): a sergeant or above may go ahead without the victim's consent. */
    public static ConsentRule supervisorMayOverride(String policy) {
        return new ConsentRule(false, Rank.SERGEANT, policy);
    }
}
