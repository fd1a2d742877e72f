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
        String rationale,
        List<String> conditions) {

    public CaseFacts {
        conditions = List.copyOf(conditions);
        requireNonNull(force, "force");
        requireNonNull(offence, "offence");
        requireNonNull(offender, "offender");
        requireNonNull(victim, "victim");
        requireNonNull(circumstances, "circumstances");
        aggravating = List.copyOf(aggravating);
        mitigating = List.copyOf(mitigating);
        requireNonNull(rationale, "rationale");
    }

    public CaseFacts(
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
        this(
                id,
                force,
                offence,
                offender,
                victim,
                circumstances,
                aggravating,
                mitigating,
                evidenceSufficient,
                rationale,
                List.of());
    }

    /** Whether the offender is a child (under 18) in the sense of the child gravity matrix and C2b. */
    public boolean child() {
        return offender.age() < 18;
    }

    /**
     * The offence as recorded: Home Office offence code, date, and value involved if any; and, when the offence was
     * named (by catalogue id, or by legislation and section), the catalogue id decided on and the other offences the
     * naming could have meant.
     *
     * @param offenceId the offence-level catalogue id decided on, or null when only a class was given
     * @param choices the catalogue ids the naming left open (a class, or a section with several offences), most
     *     serious first; empty when the offence was named exactly
     */
    public record OffenceDetails(
            String code,
            LocalDate date,
            @Nullable BigDecimal valueGbp,
            @Nullable String offenceId,
            List<String> choices) {
        public OffenceDetails {
            requireNonNull(code, "code");
            requireNonNull(date, "date");
            choices = List.copyOf(choices);
        }

        /** An offence given by Home Office class alone. */
        public OffenceDetails(String code, LocalDate date, @Nullable BigDecimal valueGbp) {
            this(code, date, valueGbp, null, List.of());
        }
    }

    /** The offender's age, acceptance of responsibility, appropriate adult, and previous disposals. */
    public record Offender(
            int age,
            boolean acceptsResponsibility,
            boolean appropriateAdultPresent,
            List<PriorDisposal> history,
            boolean fullAdmission) {
        public Offender {
            history = List.copyOf(history);
        }

        public Offender(
                int age, boolean acceptsResponsibility, boolean appropriateAdultPresent, List<PriorDisposal> history) {
            this(age, acceptsResponsibility, appropriateAdultPresent, history, false);
        }
    }

    /** One earlier disposal for an offence, e.g. a community resolution for shoplifting on a date. */
    public record PriorDisposal(Disposal disposal, String offenceCode, LocalDate date, boolean spent) {
        public PriorDisposal {
            requireNonNull(disposal, "disposal");
            requireNonNull(offenceCode, "offenceCode");
            requireNonNull(date, "date");
        }

        public PriorDisposal(Disposal disposal, String offenceCode, LocalDate date) {
            this(disposal, offenceCode, date, false);
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
            boolean childVictim,
            boolean consensualPeer) {

        public Circumstances {
            requireNonNull(injury, "injury");
        }

        public Circumstances(
                boolean domesticAbuse,
                boolean intimatePartner,
                boolean hateAggravated,
                boolean weapon,
                Injury injury,
                boolean vulnerableVictim,
                boolean childVictim) {
            this(domesticAbuse, intimatePartner, hateAggravated, weapon, injury, vulnerableVictim, childVictim, false);
        }

        public static Circumstances none() {
            return new Circumstances(false, false, false, false, Injury.NONE, false, false, false);
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
