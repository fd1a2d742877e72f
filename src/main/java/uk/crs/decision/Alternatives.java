package uk.crs.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * The disposals the facts allow (Home Office Counting Rules outcome types; NPCC child gravity matrix 2023 and adult
 * two-tier framework 2019 for which disposal each score points to). Listed most informal first.
 */
final class Alternatives {

    private static final Alternative OUTCOME_21 = new Alternative(
            "Outcome 21",
            "21",
            "further investigation to support formal action is not in the public interest: the normal route"
                    + " for consensual youth-produced imagery or activity between children of similar age");
    private static final Alternative CR_PERMITTED =
            new Alternative("community resolution", "8", "permitted under this policy");
    private static final Alternative CR_AUTHORISED =
            new Alternative("community resolution", "8", "permitted with the authorisation this decision names");
    private static final Alternative OUTCOME_22 = new Alternative(
            "Outcome 22 (diversion, deferred caution, deferred prosecution)",
            "22",
            "diversionary, educational or intervention activity; needs no admission");
    private static final Alternative YOUTH_CAUTION =
            new Alternative("youth caution", "2", "child gravity score 3: youth caution");
    private static final Alternative YOUTH_CONDITIONAL_CAUTION =
            new Alternative("youth conditional caution", "2", "child gravity score 4: youth conditional caution");
    private static final Alternative CONDITIONAL_CAUTION = new Alternative(
            "conditional caution", "3", "the two-tier framework's other out-of-court disposal (score 2-3)");
    private static final Alternative CHARGE_POINTED =
            new Alternative("charge", "1", "the gravity score points to charge");
    private static final Alternative CHARGE_OPEN =
            new Alternative("charge", "1", "always open where the evidential and public-interest tests are met");

    private Alternatives() {}

    static List<Alternative> of(CaseFacts facts, Outcome outcome, int score, List<RuleResult> rules) {
        List<Alternative> out = new ArrayList<>(6);
        boolean outcome21 = false;
        for (RuleResult r : rules) {
            if (r.id().equals("outcome-21") && r.result() == Verdict.WARN) {
                outcome21 = true;
            }
        }
        boolean evidence = facts.evidenceSufficient();
        boolean admits = facts.offender().acceptsResponsibility();
        if (outcome21) {
            out.add(OUTCOME_21);
        }
        if (outcome != Outcome.NOT_PERMITTED) {
            out.add(outcome == Outcome.PERMITTED ? CR_PERMITTED : CR_AUTHORISED);
        }
        if (evidence && (facts.child() ? score <= 4 : score <= 3)) {
            out.add(OUTCOME_22);
        }
        if (evidence && admits && facts.child() && score >= 3 && score <= 4) {
            out.add(score == 3 ? YOUTH_CAUTION : YOUTH_CONDITIONAL_CAUTION);
        }
        if (evidence && admits && !facts.child() && score <= 3) {
            out.add(CONDITIONAL_CAUTION);
        }
        if (evidence) {
            out.add((facts.child() ? score >= 5 : score >= 4) ? CHARGE_POINTED : CHARGE_OPEN);
        }
        return out;
    }
}
