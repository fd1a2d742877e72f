package uk.crs.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * The disposals the facts allow (Home Office Counting Rules outcome types; NPCC child gravity matrix 2023 and adult
 * two-tier framework 2019 for which disposal each score points to). Listed most informal first.
 */
final class Alternatives {

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
            out.add(new Alternative(
                    "Outcome 21",
                    "21",
                    "further investigation to support formal action is not in the public interest: the normal route"
                            + " for consensual youth-produced imagery or activity between children of similar age"));
        }
        if (outcome != Outcome.NOT_PERMITTED) {
            out.add(new Alternative(
                    "community resolution",
                    "8",
                    outcome == Outcome.PERMITTED
                            ? "permitted under this policy"
                            : "permitted with the authorisation this decision names"));
        }
        if (evidence && (facts.child() ? score <= 4 : score <= 3)) {
            out.add(new Alternative(
                    "Outcome 22 (diversion, deferred caution, deferred prosecution)",
                    "22",
                    "diversionary, educational or intervention activity; needs no admission"));
        }
        if (evidence && admits && facts.child() && score >= 3 && score <= 4) {
            out.add(new Alternative(
                    score == 3 ? "youth caution" : "youth conditional caution",
                    "2",
                    "child gravity score " + score + (score == 3 ? ": youth caution" : ": youth conditional caution")));
        }
        if (evidence && admits && !facts.child() && score <= 3) {
            out.add(new Alternative(
                    "conditional caution", "3", "the two-tier framework's other out-of-court disposal (score 2-3)"));
        }
        if (evidence) {
            out.add(new Alternative(
                    "charge",
                    "1",
                    (facts.child() ? score >= 5 : score >= 4)
                            ? "the gravity score points to charge"
                            : "always open where the evidential and public-interest tests are met"));
        }
        return out;
    }
}
