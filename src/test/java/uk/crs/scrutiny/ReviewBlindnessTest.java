package uk.crs.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Blind verdicts for the chair: a chair who votes sees the others' verdicts only after recording their own. */
class ReviewBlindnessTest {

    static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    static Panel panel(boolean chairVotes, Set<String> chairConflicts) {
        return new Panel(
                "p",
                "Panel",
                List.of("durham"),
                List.of(
                        new Member("chair", Agency.MAGISTRACY, chairVotes, true, chairConflicts, T),
                        new Member("cps", Agency.CROWN_PROSECUTION_SERVICE, true, false, Set.of(), T)));
    }

    static Review withCpsVerdict(Panel panel) {
        Review.Result r = Review.of("CR-1", "officer-1")
                .recordVerdict(panel, "cps", new Review.MemberVerdict(Assessment.INAPPROPRIATE, Set.of(), "", T));
        return ((Review.Done) r).review();
    }

    @Test
    void aVotingChairIsBlindUntilTheirOwnVerdictIsRecorded() {
        Panel panel = panel(true, Set.of());
        Review review = withCpsVerdict(panel);
        assertThat(review.visibleTo(panel, "chair")).isEmpty();
        Review.Result voted =
                review.recordVerdict(panel, "chair", new Review.MemberVerdict(Assessment.APPROPRIATE, Set.of(), "", T));
        assertThat(((Review.Done) voted).review().visibleTo(panel, "chair")).containsOnlyKeys("cps", "chair");
    }

    @Test
    void aChairWithoutAVoteOnTheCaseSeesTheVerdictsToConclude() {
        Panel nonVoting = panel(false, Set.of());
        assertThat(withCpsVerdict(nonVoting).visibleTo(nonVoting, "chair")).containsOnlyKeys("cps");
        Panel conflicted = panel(true, Set.of("CR-1"));
        assertThat(withCpsVerdict(conflicted).visibleTo(conflicted, "chair")).containsOnlyKeys("cps");
    }
}
