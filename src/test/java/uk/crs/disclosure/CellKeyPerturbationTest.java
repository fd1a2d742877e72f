package uk.crs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellKeyPerturbationTest {

    private final CellKeyPerturbation p =
            CellKeyPerturbation.withSecret("a store's secret, 32 bytes long.".getBytes(StandardCharsets.UTF_8));

    @Test
    void everyRowOfThePTableIsADistributionWithinTwoThatNeverPublishesAPositiveCountAsZero() {
        for (long count = 0; count <= 12; count++) {
            int total = 0;
            long sum = 0;
            for (int d = -3; d <= 3; d++) {
                int w = PerturbationTable.weight(count, d);
                total += w;
                sum += (long) w * d;
                if (w > 0) {
                    assertThat(Math.abs(d)).isLessThanOrEqualTo(PerturbationTable.MAX_PERTURBATION);
                    assertThat(count + d)
                            .as("count %d, perturbation %d", count, d)
                            .isGreaterThanOrEqualTo(count == 0 ? 0 : 1);
                }
            }
            assertThat(total).isEqualTo(CellKeyPerturbation.KEYS);
            if (count >= 3) {
                assertThat(sum).as("unbiased from 3 upwards").isZero();
            }
        }
        for (int key = 0; key < CellKeyPerturbation.KEYS; key++) {
            assertThat(p.publish(new Cell(0, key))).isZero();
            assertThat(p.publish(new Cell(1, key))).isBetween(1L, 3L);
            assertThat(p.publish(new Cell(500, key))).isBetween(498L, 502L);
        }
    }

    @Test
    void theSameRecordsInAnyOrderGetTheSameCellAndTheSamePublishedCount() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add("case-" + i);
        }
        Cell forward = p.cell(ids);
        Collections.reverse(ids);
        assertThat(p.cell(ids)).isEqualTo(forward);
        Cell halves = p.cell(ids.subList(0, 15)).plus(p.cell(ids.subList(15, 40)));
        assertThat(halves).isEqualTo(forward);
        assertThat(p.publish(ids)).isEqualTo(p.publish(forward));
    }

    @Test
    void recordKeysDependOnTheSecretAndSpreadOverAllKeys() {
        CellKeyPerturbation other =
                CellKeyPerturbation.withSecret("another store's secret, 32 bytes".getBytes(StandardCharsets.UTF_8));
        int differ = 0;
        boolean[] used = new boolean[CellKeyPerturbation.KEYS];
        for (int i = 0; i < 5000; i++) {
            int k = p.recordKey("case-" + i);
            used[k] = true;
            differ += k == other.recordKey("case-" + i) ? 0 : 1;
        }
        assertThat(differ).isGreaterThan(4900);
        for (boolean u : used) {
            assertThat(u).isTrue();
        }
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> CellKeyPerturbation.withSecret(new byte[8])).hasMessageContaining("at least 16 bytes");
        assertThat(CellKeyPerturbation.newSecret()).hasSize(32);
    }
}
