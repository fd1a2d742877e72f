package uk.crs.decision.rules;

import uk.crs.policy.Circumstance;
import uk.crs.policy.Match;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceFlag;

/** Decides whether a case meets every criterion of a policy {@link Match}. */
final class CaseMatcher {

    private CaseMatcher() {}

    static boolean matches(Match m, Assessment a) {
        Offence offence = a.offence();
        if (!m.offenceCodes().isEmpty() && !m.offenceCodes().contains(offence.code())) {
            return false;
        }
        if (!m.offenceGroups().isEmpty() && !m.offenceGroups().contains(offence.group())) {
            return false;
        }
        if (!m.modesOfTrial().isEmpty()
                && !m.modesOfTrial().contains(offence.modeOfTrial().name())) {
            return false;
        }
        if (!m.offenceFlags().isEmpty() && !anyFlag(m, offence)) {
            return false;
        }
        for (Circumstance c : m.circumstances()) {
            if (!a.facts().circumstances().has(c)) {
                return false;
            }
        }
        int age = a.facts().offender().age();
        Integer min = m.minAge();
        Integer max = m.maxAge();
        return (min == null || age >= min) && (max == null || age <= max);
    }

    private static boolean anyFlag(Match m, Offence offence) {
        for (OffenceFlag f : offence.flags()) {
            if (m.offenceFlags().contains(f.name())) {
                return true;
            }
        }
        return false;
    }
}
