package uk.crs.scrutiny;

/**
 * A verdict on one case, by a member or as the panel's conclusion. The four follow the Cleveland and Durham scale
 * (1 consistent with policy, 2 appropriate with observations, 3 inappropriate, 4 no conclusion, carried to the next
 * meeting).
 */
public enum Assessment {
    APPROPRIATE,
    APPROPRIATE_WITH_OBSERVATIONS,
    INAPPROPRIATE,
    UNABLE_TO_DETERMINE;

    /** Whether a conclusion of this kind sends feedback to the officer through their supervisor. */
    public boolean needsFeedback() {
        return this == INAPPROPRIATE || this == APPROPRIATE_WITH_OBSERVATIONS;
    }
}
