package uk.crs.decision;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.crs.policy.Circumstance;
import uk.crs.policy.Disposal;

/**
 * The facts of one case as an officer records them for a decision (the issue-3 case-facts JSON).
 *
 * <p>Field names match the JSON contract. Values are checked at the JSON boundary, which reports every problem with
 * its field path; the constructors here only guard against programming errors.
 */
public record CaseFacts(
        @Nullable String id,
        String force,
        OffenceDetails offence,
        Offender offender,
        Victim victim,
        Circumstances circumstances,
        List<String> aggravating,
        List<String> mitigating,
        boolean evidenceSufficient,
        String rationale) {

    public CaseFacts {
        requireNonNull(force, "force");
        requireNonNull(offence, "offence");
        requireNonNull(offender, "offender");
        requireNonNull(victim, "victim");
        requireNonNull(circumstances, "circumstances");
        aggravating = List.copyOf(aggravating);
        mitigating = List.copyOf(mitigating);
        requireNonNull(rationale, "rationale");
    }

    /** Whether the offender is a child (under 18) in the sense of the child gravity matrix and C2b. */
    public boolean child() {
        return offender.age() < 18;
    }

    /** The offence as recorded: Home Office offence code, date, and value involved if any. */
    public record OffenceDetails(String code, LocalDate date, @Nullable BigDecimal valueGbp) {
        public OffenceDetails {
            requireNonNull(code, "code");
            requireNonNull(date, "date");
        }
    }

    /** The offender's age, acceptance of responsibility, appropriate adult, and previous disposals. */
    public record Offender(
            int age, boolean acceptsResponsibility, boolean appropriateAdultPresent, List<PriorDisposal> history) {
        public Offender {
            history = List.copyOf(history);
        }
    }

    /** One earlier disposal for an offence, e.g. a community resolution for shoplifting on a date. */
    public record PriorDisposal(Disposal disposal, String offenceCode, LocalDate date) {
        public PriorDisposal {
            requireNonNull(disposal, "disposal");
            requireNonNull(offenceCode, "offenceCode");
            requireNonNull(date, "date");
        }
    }

    /** The victim, if one is identified: consulted, consenting, and their views in their words. */
    public record Victim(boolean identified, boolean consulted, boolean consents, @Nullable String views) {

        /** A case with no identified victim, e.g. possession of cannabis. */
        public static Victim none() {
            return new Victim(false, false, false, null);
        }
    }

    /** Circumstances that policy rules match on; every one is false (injury NONE) unless stated. */
    public record Circumstances(
            boolean domesticAbuse,
            boolean intimatePartner,
            boolean hateAggravated,
            boolean weapon,
            Injury injury,
            boolean vulnerableVictim,
            boolean childVictim) {

        public Circumstances {
            requireNonNull(injury, "injury");
        }

        public static Circumstances none() {
            return new Circumstances(false, false, false, false, Injury.NONE, false, false);
        }

        /** Whether the circumstance holds; {@code INJURY} means any injury, {@code SERIOUS_INJURY} a serious one. */
        public boolean has(Circumstance c) {
            switch (c) {
                case DOMESTIC_ABUSE:
                    return domesticAbuse;
                case INTIMATE_PARTNER:
                    return intimatePartner;
                case HATE_AGGRAVATED:
                    return hateAggravated;
                case WEAPON:
                    return weapon;
                case INJURY:
                    return injury != Injury.NONE;
                case SERIOUS_INJURY:
                    return injury == Injury.SERIOUS;
                case VULNERABLE_VICTIM:
                    return vulnerableVictim;
                case CHILD_VICTIM:
                    return childVictim;
            }
            throw new AssertionError(c);
        }
    }

    /** How badly the victim was hurt. */
    public enum Injury {
        NONE,
        MINOR,
        SERIOUS
    }
}
