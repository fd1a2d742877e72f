package uk.crs.decision;

import uk.crs.policy.Policy;

/** The policy version a decision was made under: id, version and the sha256 of the policy file's bytes. */
public record PolicyRef(String id, String version, String sha256) {

    public static PolicyRef of(Policy policy) {
        return new PolicyRef(policy.id(), policy.version(), policy.sha256());
    }
}
