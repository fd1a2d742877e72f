package uk.crs.cases;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.crs.decision.Decider;
import uk.crs.policy.Policy;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/**
 * Finds the victim-consent rule of the policy a case was decided under (by the id, version and sha256 stored with its
 * decision). A policy that is no longer loaded is treated as requiring consent: without its rule, nobody can show that
 * going ahead over the victim's objection is allowed.
 */
@Component
class ConsentRules {

    private final JdbcClient jdbc;
    private final Decider decider;

    ConsentRules(JdbcClient jdbc, Decider decider) {
        this.jdbc = jdbc;
        this.decider = decider;
    }

    ConsentRule forCase(CaseId id) {
        List<List<String>> found = jdbc.sql("SELECT policy_id, policy_version, policy_sha256 FROM cases WHERE id = ?")
                .param(id.value())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        if (found.isEmpty()) {
            // the command answers "not found" before the rule is consulted
            return new ConsentRule(true, Rank.SUPERINTENDENT, "(no such case)");
        }
        String name = found.get(0).get(0);
        String version = found.get(0).get(1);
        String sha256 = found.get(0).get(2);
        String label = name + " " + version;
        return decider.policies().all().stream()
                .filter(p -> p.id().equals(name)
                        && p.version().equals(version)
                        && p.sha256().equals(sha256))
                .findFirst()
                .map(p -> of(p, label))
                .orElseGet(() -> new ConsentRule(true, Rank.SERGEANT, label + " (no longer loaded)"));
    }

    static ConsentRule of(Policy policy, String label) {
        return policy.rules().stream()
                .filter(RuleSpec.VictimConsent.class::isInstance)
                .map(RuleSpec.VictimConsent.class::cast)
                .map(r -> new ConsentRule(r.consentRequired(), r.overrideRank(), label))
                .reduce((a, b) -> new ConsentRule(
                        a.consentRequired() || b.consentRequired(),
                        a.overrideRank().max(b.overrideRank()),
                        label))
                .orElseGet(() -> ConsentRule.supervisorMayOverride(label));
    }
}
