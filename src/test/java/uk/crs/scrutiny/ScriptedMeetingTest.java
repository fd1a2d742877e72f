package uk.crs.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.disclosure.CellKeyPerturbation;
import uk.crs.scrutiny.Review.MemberVerdict;
import uk.crs.scrutiny.StratifiedSample.EligibleCase;
import uk.crs.scrutiny.StratifiedSample.StratumSpec;

/**
 * A panel meeting from commitment to published report, in the domain: five voting agencies and a non-voting police
 * member, a committed seed and a stratified draw, redacted free text, blind verdicts, the chair's conclusions,
 * feedback acknowledged and the public findings.
 */
class ScriptedMeetingTest {

    static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    @SuppressWarnings("NullAway.Init") // JUnit injects it before each test
    Path dir;

    final Panel panel = new Panel(
            "durham-cleveland",
            "Durham and Cleveland OOCD scrutiny panel",
            List.of("durham", "cleveland"),
            List.of(
                    new Member("chair", Agency.MAGISTRACY, true, true, Set.of(), T),
                    new Member("cps", Agency.CROWN_PROSECUTION_SERVICE, true, false, Set.of(), T),
                    new Member("yos", Agency.YOUTH_OFFENDING_SERVICE, true, false, Set.of("CR-0007"), T),
                    new Member("probation", Agency.PROBATION, true, false, Set.of(), T),
                    new Member("victims", Agency.VICTIM_SERVICES, true, false, Set.of(), T),
                    new Member("police", Agency.POLICE, false, false, Set.of(), T),
                    new Member("newcomer", Agency.PCC_OFFICE, true, false, Set.of(), null)));

    static MemberVerdict verdict(Assessment a) {
        return new MemberVerdict(a, Set.of("R1"), "", T);
    }

    @Test
    void aMeetingFromDrawToPublishedFindings() throws Exception {
        // the seed is committed before the manifest exists
        String seed = "71828 18284 59045 23536";
        SeedCommitment commitment = SeedCommitment.to(seed);

        List<EligibleCase> eligible = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            eligible.add(new EligibleCase(
                    String.format("CR-%04d", i),
                    i % 5 == 0 ? "8S" : "46",
                    i % 5 == 0 ? EnumSet.of(Theme.DOMESTIC_ABUSE) : EnumSet.noneOf(Theme.class)));
        }
        StratifiedSample sample = StratifiedSample.draw(
                seed,
                List.of(new StratumSpec("domestic-abuse", Theme.DOMESTIC_ABUSE, List.of(), 6), StratumSpec.random(10)),
                eligible);
        assertThat(commitment.matches(seed)).isTrue();
        assertThat(sample.seedSha256()).isEqualTo(commitment.sha256());
        assertThat(sample.references()).hasSize(16);
        // the same draw from the published seed and manifest
        assertThat(StratifiedSample.draw(
                                seed,
                                List.of(
                                        new StratumSpec("domestic-abuse", Theme.DOMESTIC_ABUSE, List.of(), 6),
                                        StratumSpec.random(10)),
                                eligible)
                        .references())
                .isEqualTo(sample.references());

        // free text in a pack is redacted of the case's people
        Redactor redactor = Redactor.forPeople(List.of("Jamie Example", "Priya Shah"));
        String views = redactor.redact(
                "Priya Shah (07700 900456, priya@example.org, born 02/03/1990) wants Jamie Example to apologise");
        for (String secret : List.of("Priya", "Shah", "Jamie", "Example", "07700", "priya@", "1990")) {
            assertThat(views).doesNotContainIgnoringCase(secret);
        }

        // blind verdicts
        List<Review> reviews = new ArrayList<>();
        int i = 0;
        for (String ref : sample.references()) {
            Review review = Review.of(ref, "officer-" + (i % 3));
            assertThat(review.visibleTo(panel, "cps")).isEmpty();
            for (String member : List.of("cps", "yos", "probation", "victims")) {
                Assessment a = i % 4 == 0 ? Assessment.INAPPROPRIATE : Assessment.APPROPRIATE;
                if (member.equals("victims") && i % 4 == 1) {
                    a = Assessment.APPROPRIATE_WITH_OBSERVATIONS;
                }
                Review.Result result = review.recordVerdict(panel, member, verdict(a));
                if (result instanceof Review.Done d) {
                    review = d.review();
                } else {
                    assertThat(member).isEqualTo("yos");
                    assertThat(ref).isEqualTo("CR-0007");
                    assertThat(((Review.Refused) result).code()).isEqualTo("conflict");
                }
                if (member.equals("cps")) {
                    assertThat(review.visibleTo(panel, "probation"))
                            .as("probation has not voted yet")
                            .isEmpty();
                    assertThat(review.visibleTo(panel, "cps")).containsOnlyKeys("cps");
                }
            }
            assertThat(review.recordVerdict(panel, "police", verdict(Assessment.APPROPRIATE)))
                    .isEqualTo(new Review.Refused("not-voting", "police sits on the panel without a vote"));
            assertThat(review.recordVerdict(panel, "newcomer", verdict(Assessment.APPROPRIATE)))
                    .isInstanceOfSatisfying(
                            Review.Refused.class, r -> assertThat(r.code()).isEqualTo("terms-not-accepted"));
            assertThat(review.recordVerdict(panel, "cps", verdict(Assessment.APPROPRIATE)))
                    .isInstanceOfSatisfying(
                            Review.Refused.class, r -> assertThat(r.code()).isEqualTo("already-recorded"));
            assertThat(review.conclude(panel, "cps", Assessment.APPROPRIATE, "", T))
                    .isInstanceOfSatisfying(
                            Review.Refused.class, r -> assertThat(r.code()).isEqualTo("not-chair"));

            Assessment conclusion = i == 15
                    ? Assessment.UNABLE_TO_DETERMINE
                    : i % 4 == 0 ? Assessment.INAPPROPRIATE : Assessment.APPROPRIATE;
            review = ((Review.Done) review.conclude(panel, "chair", conclusion, "victim not consulted", T)).review();
            reviews.add(review);
            i++;
        }
        Meeting meeting = new Meeting(
                "2026-11",
                panel.id(),
                LocalDate.of(2026, 11, 20),
                Meeting.Status.HELD,
                null,
                reviews,
                List.of(),
                List.of(new Meeting.Action(
                        "brief sergeants on victim consultation", "ch-supt-ops", LocalDate.of(2027, 1, 31), null)));
        Meeting cancelled = new Meeting(
                "2026-08",
                panel.id(),
                LocalDate.of(2026, 8, 14),
                Meeting.Status.CANCELLED,
                "not quorate",
                List.of(),
                List.of(),
                List.of());
        assertThat(meeting.casesToCarryOver())
                .containsExactly(sample.references().get(15));

        // feedback for INAPPROPRIATE conclusions reaches a supervisor, who acknowledges it
        List<Feedback> feedback = reviews.stream()
                .map(r -> Feedback.from(r, "durham"))
                .filter(java.util.Objects::nonNull)
                .map(f -> f.acknowledge("sergeant", T.plusSeconds(3600)))
                .toList();
        assertThat(feedback).hasSize(4).allSatisfy(f -> assertThat(f.acknowledgedBy())
                .isEqualTo("sergeant"));

        // the public findings: every count perturbed (at most 2 either way per stratum cell), nothing withheld
        CellKeyPerturbation perturbation =
                CellKeyPerturbation.withSecret("a store's disclosure secret".getBytes(StandardCharsets.UTF_8));
        Findings published = PanelReport.findings(
                panel,
                2026,
                List.of(meeting, cancelled),
                List.of(new PanelReport.PublishedDraw(meeting.id(), seed, sample)),
                List.of(new Findings.Recommendation(
                        "record the victim's views before the decision", "force", "2027-03-31", null)),
                Optional.of(perturbation));
        Findings.Counts c = published.counts();
        assertThat(c.inappropriate())
                .as("4 inappropriate, published")
                .isNotNull()
                .isBetween(1, 8);
        assertThat(c.appropriate()).isNotNull().isBetween(11 - 4, 11 + 4);
        assertThat(c.unableToDetermine())
                .as("never withheld, never zero when not zero")
                .isNotNull()
                .isPositive();
        int reviewed = Objects.requireNonNull(c.reviewed());
        int inappropriate = Objects.requireNonNull(c.inappropriate());
        assertThat(reviewed)
                .as("the number reviewed is the sum of the published verdicts")
                .isEqualTo(Objects.requireNonNull(c.appropriate())
                        + Objects.requireNonNull(c.appropriateWithObservations())
                        + inappropriate);
        assertThat(published.inappropriateRate())
                .as("the rate is computed from the published counts")
                .isNotNull()
                .satisfies(r -> assertThat(r.estimate()).isEqualTo((double) inappropriate / reviewed));
        assertThat(published.suppressed()).isEmpty();
        assertThat(published.disclosure()).contains("cell key method").contains("never hidden");
        assertThat(published.agreement()).as("left to the panel's own figures").isNull();
        assertThat(published.sampling())
                .allSatisfy(s -> assertThat(s.eligible()).isNull());
        assertThat(PanelReport.findings(
                                panel,
                                2026,
                                List.of(meeting, cancelled),
                                List.of(new PanelReport.PublishedDraw(meeting.id(), seed, sample)),
                                List.of(),
                                Optional.of(perturbation))
                        .counts())
                .as("the same records always give the same published counts")
                .isEqualTo(c);
        assertThat(published.meetingsHeld()).isEqualTo(1);
        assertThat(published.meetingsCancelled()).isEqualTo(1);
        assertThat(published.membersByAgency()).hasSize(7);
        assertThat(published.sampling()).hasSize(2).allSatisfy(s -> assertThat(s.seed())
                .isEqualTo(seed));

        Findings internal = PanelReport.findings(
                panel,
                2026,
                List.of(meeting, cancelled),
                List.of(new PanelReport.PublishedDraw(meeting.id(), seed, sample)),
                List.of(),
                Optional.empty());
        assertThat(internal.counts().inappropriate()).isEqualTo(4);
        assertThat(internal.counts().reviewed()).isEqualTo(15);
        assertThat(internal.counts().appropriate()).isEqualTo(11);
        assertThat(internal.inappropriateRate())
                .isNotNull()
                .satisfies(r -> assertThat(r.lower()).isLessThan(0.27).isGreaterThan(0.0));
        assertThat(internal.reweightedInappropriateRate()).isNotNull();
        assertThat(internal.agreement()).isNotNull().satisfies(a -> assertThat(a.gwetAc1())
                .isNotNull());

        // the JSON reads back for national collation, with its disclosure text; HTML and CSV state the method
        Path json = Files.writeString(dir.resolve("findings.json"), FindingsJson.write(published));
        assertThat(FindingsJson.read(json)).isInstanceOfSatisfying(FindingsJson.Read.class, r -> assertThat(
                        r.findings().disclosure())
                .isEqualTo(published.disclosure()));
        String html = PanelReport.html(published);
        assertThat(html)
                .doesNotContain("&lt;10")
                .contains("cell key method")
                .contains("govuk-table")
                .doesNotContain("Priya");
        assertThat(PanelReport.csv(published))
                .contains("inappropriate," + c.inappropriate())
                .contains("disclosure_control,")
                .doesNotContain("<10");
    }
}
