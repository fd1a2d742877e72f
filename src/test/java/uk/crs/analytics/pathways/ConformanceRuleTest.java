package uk.crs.analytics.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conformance rules: named once, each with a source that says how sure it is, and the case rule's edges. */
class ConformanceRuleTest {

    @Test
    void everyRuleHasAUniqueIdAndASourceThatSaysWhetherItIsVerifiedDerivedOrAPlaceholder() {
        List<ConformanceRule> rules = ConformanceRule.all();
        assertThat(rules.stream().map(ConformanceRule::id)).doesNotHaveDuplicates();
        for (ConformanceRule rule : rules) {
            assertThat(rule.id()).matches("[a-z0-9-]+");
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.source()).as(rule.id()).containsPattern("verified|derived|placeholder|start dates");
        }
    }

    @Test
    void aCommunityResolutionClosedWithoutTheOffendersAcceptanceBreaksTheRuleAndOneWithItDoesNot() {
        CommunityResolutionWithoutAcceptance rule = new CommunityResolutionWithoutAcceptance();
        YearMonth month = YearMonth.of(2026, 11);
        assertThat(rule.breaks(new ClosedCase("c1", month, "46", 8, true, false)))
                .isTrue();
        assertThat(rule.breaks(new ClosedCase("c2", month, "46", 8, false, true)))
                .isFalse();
        // another outcome type is not a community resolution: the rule does not apply
        assertThat(rule.breaks(new ClosedCase("c3", month, "46", 22, true, false)))
                .isFalse();
    }

    @Test
    void aRuleTheSourcesCannotCheckSaysWhy() {
        assertThat(ConformanceRule.all())
                .filteredOn(r -> r instanceof ConformanceRule.NotCheckable)
                .singleElement()
                .satisfies(r ->
                        assertThat(((ConformanceRule.NotCheckable) r).why()).startsWith("not checked:"));
    }
}
