package uk.crs.policy;

import java.util.Arrays;
import java.util.Optional;

/** A yes/no circumstance of a case that policy rules can match on and gravity factors can weigh. */
public enum Circumstance {
    DOMESTIC_ABUSE("domesticAbuse"),
    INTIMATE_PARTNER("intimatePartner"),
    HATE_AGGRAVATED("hateAggravated"),
    WEAPON("weapon"),
    INJURY("injury"),
    SERIOUS_INJURY("seriousInjury"),
    VULNERABLE_VICTIM("vulnerableVictim"),
    CHILD_VICTIM("childVictim");

    private final String key;

    Circumstance(String key) {
        this.key = key;
    }

    /** The name used in case facts and policy files, e.g. {@code intimatePartner}. */
    public String key() {
        return key;
    }

    public static Optional<Circumstance> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
