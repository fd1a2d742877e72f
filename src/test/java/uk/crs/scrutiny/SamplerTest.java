package uk.crs.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.crs.scrutiny.StratifiedSample.EligibleCase;
import uk.crs.scrutiny.StratifiedSample.StratumSpec;

/** Rivest's sampler, manifests, seed commitments and stratified draws. */
class SamplerTest {

    /**
     * The transcript in Rivest's {@code sampler.py} (version of 14 November 2011): seed
     * 3546311556112163624615351222, range 1 to 876, 47 picks without replacement; pick 32 (611) is a duplicate and
     * rejected.
     */
    @Test
    void reproducesRivestsPublishedTranscript() {
        List<Integer> published = List.of(
                740, 180, 264, 789, 238, 448, 272, 611, 761, 208, 596, 88, 160, 113, 766, 427, 184, 816, 653, 411, 779,
                331, 339, 487, 594, 235, 65, 527, 821, 490, 461, 251, 471, 414, 174, 567, 300, 134, 144, 357, 786, 792,
                218, 550, 787, 537, 197);

        List<Sampler.Draw> draws = Sampler.draw("3546311556112163624615351222", 876, 47);

        assertThat(draws).extracting(Sampler.Draw::position).containsExactlyElementsOf(published);
        assertThat(draws.get(30).counter()).isEqualTo(31);
        assertThat(draws.get(31).counter())
                .as("counter 32 gave 611 again and was skipped")
                .isEqualTo(33);
    }

    /** A second implementation, written differently: hex digest parsed as base 16, repeats found by list search. */
    static List<Integer> independent(String seed, int n, int size) throws Exception {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (out.size() < size) {
            i++;
            byte[] h = MessageDigest.getInstance("SHA-256").digest((seed + "," + i).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : h) {
                hex.append(String.format("%02x", b));
            }
            int pick = new BigInteger(hex.toString(), 16)
                            .remainder(BigInteger.valueOf(n))
                            .intValue()
                    + 1;
            if (!out.contains(pick)) {
                out.add(pick);
            }
        }
        return out;
    }

    @Test
    void agreesWithAnIndependentImplementation() throws Exception {
        for (String seed : List.of("a", "durham panel 2026-Q3", "£ unicode ✓ seed", "00000000000000000000")) {
            for (int n : new int[] {1, 2, 10, 168, 5000}) {
                int size = Math.min(n, 46);
                assertThat(Sampler.draw(seed, n, size))
                        .extracting(Sampler.Draw::position)
                        .as("seed %s, N %d", seed, n)
                        .containsExactlyElementsOf(independent(seed, n, size));
            }
        }
    }

    @Test
    void drawingTheWholePopulationIsAPermutation() {
        assertThat(Sampler.draw("seed", 30, 30))
                .extracting(Sampler.Draw::position)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 30).boxed().toList());
    }

    @Test
    void refusesMoreThanThePopulation() {
        assertThatThrownBy(() -> Sampler.draw("seed", 3, 4))
                .hasMessageContaining("cannot draw 4 distinct cases from 3");
    }

    @Test
    void manifestHashIsOfTheSortedReferencesEachEndingInALineFeed() throws Exception {
        Manifest m = Manifest.of(List.of("DUR-3", "DUR-1", "CLE-2"));
        byte[] expected =
                MessageDigest.getInstance("SHA-256").digest("CLE-2\nDUR-1\nDUR-3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(m.references()).containsExactly("CLE-2", "DUR-1", "DUR-3");
        assertThat(m.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(expected));
        assertThat(Manifest.of(List.of("DUR-1", "DUR-3", "CLE-2")).sha256()).isEqualTo(m.sha256());
    }

    @Test
    void manifestRefusesRepeatsAndOddCharactersNamingWhere() {
        assertThat(Manifest.read(List.of("A", "B", "A")))
                .isEqualTo(new Manifest.Refused(new Manifest.Problem(2, 1, "case reference 'A' appears twice")));
        assertThat(Manifest.read(List.of("A", "B C"))).isInstanceOfSatisfying(Manifest.Refused.class, r -> {
            assertThat(r.problem().index()).isEqualTo(1);
            assertThat(r.problem().column()).isEqualTo(2);
        });
    }

    @Test
    void seedCommitmentRevealsOnlyTheCommittedSeed() {
        SeedCommitment c = SeedCommitment.to("rolled dice 314159 265358");
        assertThat(c.matches("rolled dice 314159 265358")).isTrue();
        assertThat(c.matches("rolled dice 314159 265359")).isFalse();
        assertThat(c.sha256()).hasSize(64).doesNotContain("314159");
    }

    @Test
    void stratifiedDrawPutsEachCaseInOneStratumAndRecordsOverSampling() {
        List<EligibleCase> eligible = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            eligible.add(new EligibleCase("R-" + i, "46", Set.of()));
        }
        for (int i = 0; i < 10; i++) {
            eligible.add(new EligibleCase("DA-" + i, "8L", Set.of(Theme.DOMESTIC_ABUSE, Theme.YOUTH)));
        }
        List<StratumSpec> plan = List.of(
                new StratumSpec("domestic-abuse", Theme.DOMESTIC_ABUSE, List.of(), 5),
                new StratumSpec("youth", Theme.YOUTH, List.of(), 5),
                StratumSpec.random(9));

        StratifiedSample sample = StratifiedSample.draw("seed", plan, eligible);

        var da = sample.strata().get(0);
        assertThat(da.manifest().size()).isEqualTo(10);
        assertThat(da.samplingFraction()).isEqualTo(0.5);
        assertThat(da.populationShare()).isEqualTo(0.1);
        assertThat(sample.strata().get(1).manifest().size())
                .as("youth cases went to the first stratum")
                .isZero();
        assertThat(sample.strata().get(2).samplingFraction()).isEqualTo(0.1);
        assertThat(sample.references()).hasSize(14).doesNotHaveDuplicates();
        // the random stratum re-checks with the published method alone
        assertThat(sample.strata().get(2).drawn())
                .extracting(StratifiedSample.DrawnCase::position)
                .containsExactlyElementsOf(independentOrNull("seed/random", 90, 9));
    }

    private static List<Integer> independentOrNull(String seed, int n, int size) {
        try {
            return independent(seed, n, size);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
