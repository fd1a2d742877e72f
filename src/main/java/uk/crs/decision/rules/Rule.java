package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;

/** One configured policy rule, ready to evaluate; evaluation is pure and never throws for valid facts. */
public interface Rule {

    String id();

    RuleResult evaluate(Assessment assessment);
}
