package uk.crs.policy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One offence as charged (Act, section, and the form of it where the form changes the offence), with the facts policy
 * needs and the status of each value: the offence-level catalogue in {@code policy/offences.csv}.
 *
 * @param id stable catalogue id, e.g. {@code soa03-s3}
 * @param hoClasses the Home Office classes the offence is counted in, the usual one first
 * @param hoGroup "group|subgroup" for an offence whose class is not in the class table, else empty
 * @param maxPenalty the statutory maximum as written: {@code life}, {@code 10 years}, {@code 6 months},
 *     {@code fine (level 3)}
 * @param valueThreshold where the value involved changes the mode of trial, else null
 */
public record OffenceDefinition(
        String id,
        String legislation,
        String section,
        String title,
        List<String> hoClasses,
        String hoGroup,
        ModeOfTrial modeOfTrial,
        YouthVenue youthModeOfTrial,
        String maxPenalty,
        @Nullable ValueThreshold valueThreshold,
        Set<OffenceFlag> flags,
        int gravityAdult,
        int gravityChild,
        SourceStatus modeStatus,
        SourceStatus maxStatus,
        SourceStatus gravityStatus,
        List<String> sources,
        String reasoning,
        String note) {

    public OffenceDefinition {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        hoClasses = List.copyOf(hoClasses);
        if (hoClasses.isEmpty()) {
            throw new IllegalArgumentException(id + ": no Home Office class");
        }
        flags = Collections.unmodifiableSet(
                flags.isEmpty() ? EnumSet.noneOf(OffenceFlag.class) : EnumSet.copyOf(flags));
        sources = List.copyOf(sources);
    }

    /** The class the offence is usually counted in. */
    public String hoClass() {
        return hoClasses.get(0);
    }

    public boolean has(OffenceFlag flag) {
        return flags.contains(flag);
    }

    /** Whether the statutory maximum is life imprisonment. */
    public boolean lifeMaximum() {
        return maxPenalty.equals("life");
    }

    /** The maximum in months (life as a very large number, a fine as 0), for ordering by seriousness. */
    public int maxMonths() {
        if (lifeMaximum()) {
            return 100_000;
        }
        String[] parts = maxPenalty.split(" ");
        if (parts.length < 2 || !parts[0].chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int n = Integer.parseInt(parts[0]);
        return switch (parts[1]) {
            case "years" -> n * 12;
            case "months" -> n;
            case "weeks" -> n * 12 / 52;
            default -> 0;
        };
    }

    /** "Sexual Offences Act 2003 s.3", or the legislation alone for a common-law offence. */
    public String citation() {
        return section.isEmpty() ? legislation : legislation + " s." + section;
    }

    /**
     * Where an offence's mode turns on the value involved: at or below {@code maxGbp} it is tried as {@code mode}
     * (criminal damage of £5,000 or less is summary only; shoplifting of £200 or less is summary only).
     */
    public record ValueThreshold(BigDecimal maxGbp, ModeOfTrial mode) {
        public ValueThreshold {
            requireNonNull(maxGbp, "maxGbp");
            requireNonNull(mode, "mode");
        }
    }
}
