package uk.crs.policy;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One rule of a policy document, as configured; the decision engine gives each kind its behaviour. */
public sealed interface RuleSpec {

    /** The rule's id, unique within its policy and named in every result it produces. */
    String id();

    /** The guidance clause the rule implements, quoted in every result. */
    String clause();

    Provenance provenance();

    /** The {@code kind} written in policy files. */
    String kind();

    /** C1/R1: there must be enough evidence that an offence occurred. */
    record Evidence(String id, String clause, Provenance provenance) implements RuleSpec {
        public String kind() {
            return "evidence";
        }
    }

    /** C2/R2: the offender must accept responsibility. */
    record Responsibility(String id, String clause, Provenance provenance) implements RuleSpec {
        public String kind() {
            return "responsibility";
        }
    }

    /** C2b/R3: anyone under {@code underAge} must have had an appropriate adult present. */
    record AppropriateAdult(String id, String clause, Provenance provenance, int underAge) implements RuleSpec {
        public String kind() {
            return "appropriate-adult";
        }
    }

    /** C3/R4: an identified victim must be consulted; {@code blockWhenNotConsulted} false means only warn. */
    record VictimConsulted(String id, String clause, Provenance provenance, boolean blockWhenNotConsulted)
            implements RuleSpec {
        public String kind() {
            return "victim-consulted";
        }
    }

    /** C3a/C3b/R5: a victim's objection needs an override at {@code overrideRank}, or blocks where consent is required. */
    record VictimConsent(String id, String clause, Provenance provenance, boolean consentRequired, Rank overrideRank)
            implements RuleSpec {
        public String kind() {
            return "victim-consent";
        }
    }

    /** C8/R6 and the like: cases that must never get a community resolution. */
    record Exclusion(String id, String clause, Provenance provenance, Match when) implements RuleSpec {
        public String kind() {
            return "exclusion";
        }
    }

    /** R8-R10 and the like: cases that need authorisation at {@code rank} or above. */
    record Escalation(String id, String clause, Provenance provenance, Match when, Rank rank) implements RuleSpec {
        public String kind() {
            return "escalation";
        }
    }

    /** R7: indictable-only offences are blocked unless the policy names an exceptional authorisation rank. */
    record IndictableOnly(String id, String clause, Provenance provenance, @Nullable Rank exceptionalAuthorisation)
            implements RuleSpec {
        public String kind() {
            return "indictable-only";
        }
    }

    /** C6/R7: the gravity matrices, the factors that move a score, and the band each final score falls in. */
    record Gravity(
            String id,
            String clause,
            Provenance provenance,
            Matrix adult,
            Matrix child,
            Map<String, Integer> aggravating,
            Map<String, Integer> mitigating,
            int maxMovement,
            boolean catalogueScores,
            boolean ignoreUnlistedFactors,
            boolean skipInherentFactors)
            implements RuleSpec {
        public Gravity {
            aggravating = Map.copyOf(aggravating);
            mitigating = Map.copyOf(mitigating);
        }

        /** The version-1 gravity rule: policy-table scores, unlisted factors count one level, all factors count. */
        public Gravity(
                String id,
                String clause,
                Provenance provenance,
                Matrix adult,
                Matrix child,
                Map<String, Integer> aggravating,
                Map<String, Integer> mitigating,
                int maxMovement) {
            this(id, clause, provenance, adult, child, aggravating, mitigating, maxMovement, false, false, false);
        }

        public String kind() {
            return "gravity";
        }
    }

    /** C5/R11/R12: prior disposals, similar offences and repeat community resolutions. */
    record History(
            String id,
            String clause,
            Provenance provenance,
            Rank adultAnyPrior,
            Rank childAnyPrior,
            Map<Disposal, Rank> byDisposal,
            int similarWithinMonths,
            Rank similarRank,
            int repeatResolutionWithinMonths,
            Rank repeatResolutionRank)
            implements RuleSpec {
        public History {
            byDisposal = Map.copyOf(byDisposal);
        }

        public String kind() {
            return "offending-history";
        }
    }

    /** C7/R13: the rationale must be recorded. */
    record Rationale(String id, String clause, Provenance provenance, int minimumLength) implements RuleSpec {
        public String kind() {
            return "rationale";
        }
    }

    /** Offences serious by nature (causing death, slavery or trafficking, a life maximum) get no community resolution. */
    record SeriousByNature(String id, String clause, Provenance provenance) implements RuleSpec {
        public String kind() {
            return "serious-by-nature";
        }
    }

    /**
     * Value: above the offence's statutory value threshold (shoplifting £200, criminal damage £5,000) the offence is
     * no longer the low-value form, and above the policy's low-value limit authorisation is needed.
     */
    record ValueLimits(
            String id,
            String clause,
            Provenance provenance,
            int lowValueLimitGbp,
            Rank overLowValueRank,
            Rank overThresholdRank)
            implements RuleSpec {
        public String kind() {
            return "value";
        }
    }

    /** Domestic abuse: intimate partners (inferred from the relationship) are excluded; family abuse escalates. */
    record DomesticAbuse(String id, String clause, Provenance provenance, Rank familyRank) implements RuleSpec {
        public String kind() {
            return "domestic-abuse";
        }
    }

    /** NPCC knife crime guidance by age band; anything beyond simple possession means charge. */
    record KnifeCrime(String id, String clause, Provenance provenance, Rank under16Rank) implements RuleSpec {
        public String kind() {
            return "knife-crime";
        }
    }

    /** Hate crime: previous hate-crime history makes a CR inappropriate; a full admission is needed. */
    record HateCrime(String id, String clause, Provenance provenance, int historyWithinMonths, Rank rank)
            implements RuleSpec {
        public String kind() {
            return "hate-crime";
        }
    }

    /** Children: youth-produced imagery and consensual activity between children of similar age go to Outcome 21. */
    record Outcome21(String id, String clause, Provenance provenance) implements RuleSpec {
        public String kind() {
            return "outcome-21";
        }
    }

    /**
     * Relevant offending history only: spent disposals never count; a prior counts when recent or similar; a child's
     * history means consulting the youth offending service, not a more senior officer.
     */
    record RelevantHistory(
            String id,
            String clause,
            Provenance provenance,
            int relevantWithinMonths,
            Rank adultRank,
            int similarWithinMonths,
            Rank similarRank,
            int repeatWithinMonths,
            Rank repeatRank)
            implements RuleSpec {
        public String kind() {
            return "relevant-history";
        }
    }

    /** Conditions offered come from the police and crime commissioner's Community Remedy list (ASBCPA 2014 s.101). */
    record CommunityRemedy(String id, String clause, Provenance provenance, List<String> actions) implements RuleSpec {
        public CommunityRemedy {
            actions = List.copyOf(actions);
        }

        public String kind() {
            return "community-remedy";
        }
    }

    /** Every kind a policy file may use, in the order the documentation lists them. */
    static List<String> kinds() {
        return List.of(
                "evidence",
                "responsibility",
                "appropriate-adult",
                "victim-consulted",
                "victim-consent",
                "exclusion",
                "escalation",
                "indictable-only",
                "gravity",
                "offending-history",
                "rationale",
                "serious-by-nature",
                "value",
                "domestic-abuse",
                "knife-crime",
                "hate-crime",
                "outcome-21",
                "relevant-history",
                "community-remedy");
    }
}
