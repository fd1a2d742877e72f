package uk.crs.analytics.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synthetic extract is reproducible from its seed, labelled synthetic row by row, and within its as-at date. */
class SyntheticExtractTest {

    private static String extract(long seed, int people) {
        StringWriter out = new StringWriter();
        SyntheticExtract.write(seed, "Durham Constabulary", people, out);
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDifferentOnes() {
        assertThat(extract(7, 200)).isEqualTo(extract(7, 200)).isNotEqualTo(extract(8, 200));
    }

    @Test
    void everyRowIsSyntheticAndNoOutcomeIsDatedAfterTheExtract() {
        List<String> lines = extract(SyntheticExtract.DEMO_SEED, 500).lines().toList();
        assertThat(lines.get(0)).isEqualTo(SyntheticExtract.HEADER);
        assertThat(lines).hasSizeGreaterThan(500);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(12);
            assertThat(f[0]).startsWith(ForceRecordsIngest.SYNTHETIC_PREFIX);
            assertThat(LocalDate.parse(f[4])).isAfterOrEqualTo(LocalDate.parse(f[3]));
            if (!f[7].isEmpty()) {
                assertThat(LocalDate.parse(f[8])).isBefore(SyntheticExtract.AS_AT.plusDays(1));
            }
        }
    }
}
