package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/** A rule built from one configured {@link RuleSpec}, whose id and guidance clause label every result it gives. */
abstract class ConfiguredRule<S extends RuleSpec> implements Rule {

    final S spec;

    ConfiguredRule(S spec) {
        this.spec = spec;
    }

    @Override
    public final String id() {
        return spec.id();
    }

    final RuleResult pass(String explanation) {
        return RuleResult.pass(spec.id(), spec.clause(), explanation);
    }

    final RuleResult warn(String explanation) {
        return RuleResult.warn(spec.id(), spec.clause(), explanation);
    }

    final RuleResult block(String explanation) {
        return RuleResult.block(spec.id(), spec.clause(), explanation);
    }

    final RuleResult escalate(Rank authority, String explanation) {
        return RuleResult.escalate(spec.id(), spec.clause(), authority, explanation);
    }
}
