package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.RuleSpec;

/**
 * College of Policing and NPCC guidance on youth-produced sexual imagery, and Home Office Counting Rules Outcome 21:
 * non-aggravated imagery shared between children, and consensual sexual activity between children of similar age, are
 * normally recorded as Outcome 21 (further investigation not in the public interest) rather than given a disposal.
 */
final class Outcome21Rule extends ConfiguredRule<RuleSpec.Outcome21> {

    private final RuleResult notChildSexual;
    private final RuleResult notConsensual;
    private final RuleResult outcome21;

    Outcome21Rule(RuleSpec.Outcome21 spec) {
        super(spec);
        this.notChildSexual = pass("checked: not youth-produced imagery or sexual activity between children");
        this.notConsensual = pass("checked: not recorded as consensual between children of similar age, so not the"
                + " Outcome 21 route; treat as aggravated");
        this.outcome21 = warn("consensual, between children of similar age, with no coercion or exploitation recorded:"
                + " Outcome 21 is the normal route; a community resolution would give the child a record, so record"
                + " why it is preferred");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        boolean childSexual = a.has(OffenceFlag.INDECENT_IMAGES) || a.has(OffenceFlag.PEER_SEXUAL);
        if (!a.child() || !childSexual) {
            return notChildSexual;
        }
        return a.facts().circumstances().consensualPeer() ? outcome21 : notConsensual;
    }
}
