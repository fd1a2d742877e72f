package uk.crs.scrutiny;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One case's review at a meeting: members' blind verdicts and the chair's conclusion. Commands return a new
 * review or a refusal, never throw for a business rule.
 *
 * <p>Rules: only a voting member who has accepted the terms of reference and declared no conflict with the case or
 * its officer records a verdict, once, before the conclusion; a member sees others' verdicts only after recording
 * their own (blind verdicts); only the chair concludes, after at least one verdict; UNABLE_TO_DETERMINE carries the
 * case to the next meeting.
 */
public record Review(
        String caseRef, String officerToken, Map<String, MemberVerdict> verdicts, @Nullable Conclusion conclusion) {

    public Review {
        requireNonNull(caseRef, "caseRef");
        verdicts = Map.copyOf(verdicts);
    }

    /** A review with no verdicts yet. */
    public static Review of(String caseRef, String officerToken) {
        return new Review(caseRef, officerToken, Map.of(), null);
    }

    /** A member's verdict with its reason codes and note. */
    public record MemberVerdict(Assessment assessment, Set<String> reasonCodes, String note, Instant at) {
        public MemberVerdict {
            reasonCodes = Set.copyOf(reasonCodes);
        }
    }

    /** The panel's conclusion, recorded by the chair. */
    public record Conclusion(Assessment assessment, String by, String note, Instant at) {}

    /** The outcome of a command: the changed review, or why it was refused. */
    public sealed interface Result permits Done, Refused {}

    public record Done(Review review) implements Result {}

    /** A refusal with a stable code (used as the problem type) and a message for the user. */
    public record Refused(String code, String message) implements Result {}

    /** Records a member's blind verdict. */
    public Result recordVerdict(Panel panel, String username, MemberVerdict verdict) {
        Member member = panel.member(username).orElse(null);
        if (member == null) {
            return new Refused("not-a-member", username + " is not a member of panel " + panel.id());
        }
        if (member.termsAcceptedAt() == null) {
            return new Refused("terms-not-accepted", "accept the panel's terms of reference before reviewing cases");
        }
        if (!member.voting()) {
            return new Refused("not-voting", username + " sits on the panel without a vote");
        }
        if (member.conflictedWith(caseRef, officerToken)) {
            return new Refused("conflict", username + " declared a conflict with this case");
        }
        if (conclusion != null) {
            return new Refused("concluded", "the panel has already concluded on this case");
        }
        if (verdicts.containsKey(username)) {
            return new Refused("already-recorded", username + " has already recorded a verdict on this case");
        }
        Map<String, MemberVerdict> next = new LinkedHashMap<>(verdicts);
        next.put(username, verdict);
        return new Done(new Review(caseRef, officerToken, next, null));
    }

    /**
     * The verdicts {@code username} may see: none until they have recorded their own, then all; all once the panel
     * has concluded. A chair who does not vote on this case (a non-voting chair, or one with a declared conflict)
     * sees them to conclude; a voting chair is blind like any member until their own verdict is recorded.
     */
    public Map<String, MemberVerdict> visibleTo(Panel panel, String username) {
        Member member = panel.member(username).orElse(null);
        boolean chairWithoutVote =
                member != null && member.chair() && (!member.voting() || member.conflictedWith(caseRef, officerToken));
        if (conclusion != null || verdicts.containsKey(username) || chairWithoutVote) {
            return verdicts;
        }
        return Map.of();
    }

    /** Records the chair's conclusion for the panel. */
    public Result conclude(Panel panel, String username, Assessment assessment, String note, Instant at) {
        if (!panel.member(username).map(Member::chair).orElse(false)) {
            return new Refused("not-chair", "only the panel's chair records its conclusion");
        }
        if (conclusion != null) {
            return new Refused("concluded", "the panel has already concluded on this case");
        }
        if (verdicts.isEmpty()) {
            return new Refused("no-verdicts", "no member has recorded a verdict on this case yet");
        }
        return new Done(new Review(caseRef, officerToken, verdicts, new Conclusion(assessment, username, note, at)));
    }

    /** Whether this case goes on to the next meeting. */
    public boolean carriedOver() {
        return conclusion != null && conclusion.assessment() == Assessment.UNABLE_TO_DETERMINE;
    }

    /** Members' verdicts as ratings, for agreement statistics over all four categories. */
    public static Ratings ratings(List<Review> reviews) {
        Ratings ratings = Ratings.over(
                java.util.Arrays.stream(Assessment.values()).map(Enum::name).toList());
        for (Review r : reviews) {
            r.verdicts()
                    .forEach((member, v) ->
                            ratings.add(r.caseRef(), member, v.assessment().name()));
        }
        return ratings;
    }
}
