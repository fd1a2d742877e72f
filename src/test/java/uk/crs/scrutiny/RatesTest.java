package uk.crs.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.crs.scrutiny.StratifiedRate.Stratum;

/** Wilson intervals, stratified re-weighting and sample sizes, against published values. */
class RatesTest {

    /** Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (score interval). */
    @Test
    void wilsonIntervalsMatchNewcombesTable() {
        assertInterval(new Rate(81, 263).wilson95(), 0.2553, 0.3662);
        assertInterval(new Rate(15, 148).wilson95(), 0.0624, 0.1605);
        assertInterval(new Rate(0, 20).wilson95(), 0.0000, 0.1611);
        assertInterval(new Rate(1, 29).wilson95(), 0.0061, 0.1718);
    }

    /** The issue's own example: 4 inappropriate of 20 is anywhere from 8% to 42%. */
    @Test
    void fourOfTwentyIsEightToFortyTwoPercent() {
        Interval i = new Rate(4, 20).wilson95();
        assertThat(Math.round(i.lower() * 100)).isEqualTo(8);
        assertThat(Math.round(i.upper() * 100)).isEqualTo(42);
    }

    @Test
    void aRateRefusesMoreEventsThanTrials() {
        assertThatThrownBy(() -> new Rate(5, 4)).hasMessageContaining("5 of 4");
    }

    /**
     * Cochran (1977) section 4.4 and the usual tables: p = 0.5 and a margin of 5 points need 385 cases; from 1,000
     * eligible cases, 278.
     */
    @Test
    void sampleSizesForAStatedPrecision() {
        assertThat(SampleSize.forMargin(0.5, 0.05, OptionalInt.empty())).isEqualTo(385);
        assertThat(SampleSize.forMargin(0.5, 0.05, OptionalInt.of(1000))).isEqualTo(278);
        assertThat(SampleSize.forMargin(0.5, 0.10, OptionalInt.empty())).isEqualTo(97);
        assertThat(SampleSize.marginFor(0.5, 385)).isLessThanOrEqualTo(0.05);
        assertThat(SampleSize.marginFor(0.5, 384)).isGreaterThan(0.05);
    }

    @Test
    void overSampledThematicStratumIsReweightedToItsShare() {
        // 900 routine cases, 20 reviewed, 2 inappropriate; 100 domestic-abuse cases over-sampled: 20 reviewed, 10 bad.
        List<Stratum> strata = List.of(new Stratum("random", 900, 20, 2), new Stratum("domestic abuse", 100, 20, 10));

        StratifiedRate rate = StratifiedRate.of(strata);

        // by hand: 0.9 * 0.1 + 0.1 * 0.5 = 0.14; the unweighted 12 / 40 = 0.30 overstates it.
        assertThat(rate.estimate()).isCloseTo(0.14, within(1e-12));
        // variance by hand: 0.81 * (1 - 20/900) * 0.09 / 19 + 0.01 * (1 - 20/100) * 0.25 / 19
        double variance = 0.81 * (880.0 / 900) * 0.09 / 19 + 0.01 * 0.8 * 0.25 / 19;
        assertThat(rate.effectiveSampleSize()).isCloseTo(0.14 * 0.86 / variance, within(1e-9));
        assertThat(rate.interval().lower()).isLessThan(0.14);
        assertThat(rate.interval().upper()).isGreaterThan(0.14).isLessThan(0.40);
    }

    @Test
    void oneStratumNearlyReproducesThePlainWilsonInterval() {
        StratifiedRate rate = StratifiedRate.of(List.of(new Stratum("all", 1_000_000, 200, 40)));
        Interval plain = new Rate(40, 200).wilson95();

        assertThat(rate.estimate()).isEqualTo(0.2);
        assertThat(rate.interval().lower()).isCloseTo(plain.lower(), within(0.002));
        assertThat(rate.interval().upper()).isCloseTo(plain.upper(), within(0.002));
    }

    static void assertInterval(Interval interval, double lower, double upper) {
        assertThat(interval.lower()).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).isCloseTo(upper, within(0.00005));
    }
}
