package uk.crs.policy;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One Home Office offence code with its mode of trial and the flags policy tests for.
 *
 * @param code the Home Office offence code, as written in Home Office data ("46", "8N", "53C")
 * @param modeOfTrialSource the statute, section and authority for the mode of trial
 * @param note curator's note: which offence was taken where the code covers several, and any uncertainty; may be
 *     empty
 */
public record Offence(
        String code,
        String description,
        String group,
        String subgroup,
        ModeOfTrial modeOfTrial,
        Set<OffenceFlag> flags,
        String modeOfTrialSource,
        String note) {

    public Offence {
        requireNonNull(code, "code");
        requireNonNull(description, "description");
        requireNonNull(group, "group");
        requireNonNull(subgroup, "subgroup");
        requireNonNull(modeOfTrial, "modeOfTrial");
        requireNonNull(modeOfTrialSource, "modeOfTrialSource");
        requireNonNull(note, "note");
        if (code.isBlank()) {
            throw new IllegalArgumentException("offence code must not be blank");
        }
        // an EnumSet keeps the flags in declaration order, so output and equality are stable
        flags = Collections.unmodifiableSet(
                flags.isEmpty() ? EnumSet.noneOf(OffenceFlag.class) : EnumSet.copyOf(flags));
    }

    /** Whether this offence carries the given flag. */
    public boolean has(OffenceFlag flag) {
        return flags.contains(flag);
    }

    /** Whether the offence can only be tried on indictment. */
    public boolean indictableOnly() {
        return modeOfTrial == ModeOfTrial.INDICTABLE_ONLY;
    }
}
