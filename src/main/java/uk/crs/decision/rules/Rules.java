package uk.crs.decision.rules;

import java.util.List;
import uk.crs.policy.RuleSpec;

/** Builds the evaluable rule for each configured rule of a policy, keeping the policy's order. */
public final class Rules {

    private Rules() {}

    public static List<Rule> of(List<RuleSpec> specs) {
        return specs.stream().map(Rules::of).toList();
    }

    static Rule of(RuleSpec spec) {
        if (spec instanceof RuleSpec.Evidence s) {
            return new EvidenceRule(s);
        } else if (spec instanceof RuleSpec.Responsibility s) {
            return new ResponsibilityRule(s);
        } else if (spec instanceof RuleSpec.AppropriateAdult s) {
            return new AppropriateAdultRule(s);
        } else if (spec instanceof RuleSpec.VictimConsulted s) {
            return new VictimConsultedRule(s);
        } else if (spec instanceof RuleSpec.VictimConsent s) {
            return new VictimConsentRule(s);
        } else if (spec instanceof RuleSpec.Exclusion s) {
            return new ExclusionRule(s);
        } else if (spec instanceof RuleSpec.Escalation s) {
            return new EscalationRule(s);
        } else if (spec instanceof RuleSpec.IndictableOnly s) {
            return new IndictableOnlyRule(s);
        } else if (spec instanceof RuleSpec.Gravity s) {
            return new GravityRule(s);
        } else if (spec instanceof RuleSpec.History s) {
            return new HistoryRule(s);
        } else if (spec instanceof RuleSpec.Rationale s) {
            return new RationaleRule(s);
        } else if (spec instanceof RuleSpec.SeriousByNature s) {
            return new SeriousByNatureRule(s);
        } else if (spec instanceof RuleSpec.ValueLimits s) {
            return new ValueRule(s);
        } else if (spec instanceof RuleSpec.DomesticAbuse s) {
            return new DomesticAbuseRule(s);
        } else if (spec instanceof RuleSpec.KnifeCrime s) {
            return new KnifeCrimeRule(s);
        } else if (spec instanceof RuleSpec.HateCrime s) {
            return new HateCrimeRule(s);
        } else if (spec instanceof RuleSpec.Outcome21 s) {
            return new Outcome21Rule(s);
        } else if (spec instanceof RuleSpec.RelevantHistory s) {
            return new RelevantHistoryRule(s);
        } else if (spec instanceof RuleSpec.CommunityRemedy s) {
            return new CommunityRemedyRule(s);
        }
        throw new AssertionError(spec);
    }
}
