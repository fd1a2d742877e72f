package uk.crs.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wilson intervals and funnel limits against published and hand-computed values. */
class StatisticsTest {

    /** Newcombe (1998), Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score, no continuity correction). */
    @ParameterizedTest
    @CsvSource({"81, 263, 0.2553, 0.3662", "15, 148, 0.0624, 0.1605", "0, 20, 0.0000, 0.1611", "1, 29, 0.0061, 0.1718"})
    void wilsonIntervalMatchesNewcombesPublishedValues(long x, long n, double low, double high) {
        Interval ci = Interval.wilson(x, n, Interval.Z95);

        assertThat(ci.low()).isCloseTo(low, offset(0.00005));
        assertThat(ci.high()).isCloseTo(high, offset(0.00005));
    }

    @Test
    void wilsonIntervalRefusesImpossibleCounts() {
        assertThatThrownBy(() -> Interval.wilson(5, 4, Interval.Z95)).hasMessageContaining("x=5, n=4");
        assertThatThrownBy(() -> Interval.wilson(0, 0, Interval.Z95)).hasMessageContaining("n > 0");
    }

    @Test
    void funnelLimitsAreTheArcsineLimitsAroundTheTarget() {
        FunnelPlot plot = new FunnelPlot(0.03, 1, 0);
        // sin^2(asin(sqrt(0.03)) +- z / (2 sqrt(1000))), worked out separately.
        assertThat(plot.limit(1000, Interval.Z95, false)).isCloseTo(0.0414686, offset(1e-6));
        assertThat(plot.limit(1000, -Interval.Z95, false)).isCloseTo(0.0203363, offset(1e-6));
        assertThat(plot.limit(1000, Interval.Z998, false)).isCloseTo(0.0488859, offset(1e-6));
        assertThat(plot.limit(1000, -Interval.Z998, false)).isCloseTo(0.0155988, offset(1e-6));
    }

    @Test
    void funnelLimitsApproachTheNormalApproximationForLargeDenominators() {
        FunnelPlot plot = new FunnelPlot(0.03, 1, 0);
        double n = 1_000_000;
        double normal = 0.03 + Interval.Z95 * Math.sqrt(0.03 * 0.97 / n);

        assertThat(plot.limit(n, Interval.Z95, false)).isCloseTo(normal, offset(1e-6));
    }

    @Test
    void overDispersionFollowsFunnelPlotRWithTenPercentWinsorisation() {
        List<FunnelPlot.Unit> units = List.of(
                new FunnelPlot.Unit(30, 1000),
                new FunnelPlot.Unit(60, 1000),
                new FunnelPlot.Unit(20, 500),
                new FunnelPlot.Unit(100, 2000),
                new FunnelPlot.Unit(10, 800));
        double target = 220.0 / 5300;

        FunnelPlot plot = FunnelPlot.fit(target, units);

        // Worked out separately: z-scores on the arcsine scale, winsorised at the R type-7 10th and 90th
        // percentiles, phi = mean square, tau2 = (N phi - (N - 1)) / (sum w - sum w^2 / sum w) with w = 4n.
        assertThat(plot.phi()).isCloseTo(5.6461302, offset(1e-6));
        assertThat(plot.tau2()).isCloseTo(0.0015144157, offset(1e-9));
        assertThat(plot.z(units.get(4), false)).isCloseTo(-5.2686532, offset(1e-6));
        assertThat(plot.z(units.get(4), true)).isCloseTo(-2.1790408, offset(1e-6));
        assertThat(plot.position(units.get(4), false)).isEqualTo(FunnelPosition.BELOW_998);
        assertThat(plot.position(units.get(4), true)).isEqualTo(FunnelPosition.BELOW_95);
        assertThat(plot.position(units.get(1), true)).isEqualTo(FunnelPosition.WITHIN);
    }

    @Test
    void noOverDispersionMeansTauSquaredIsZero() {
        List<FunnelPlot.Unit> units =
                List.of(new FunnelPlot.Unit(30, 1000), new FunnelPlot.Unit(31, 1000), new FunnelPlot.Unit(29, 1000));

        assertThat(FunnelPlot.fit(0.03, units).tau2()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"3.2, ABOVE_998", "2.0, ABOVE_95", "1.9, WITHIN", "-1.9, WITHIN", "-2.0, BELOW_95", "-3.1, BELOW_998"})
    void positionsUseTheTwoSidedNinetyFiveAndNinetyNinePointEightPercentQuantiles(double z, FunnelPosition p) {
        assertThat(FunnelPosition.of(z)).isEqualTo(p);
    }
}
