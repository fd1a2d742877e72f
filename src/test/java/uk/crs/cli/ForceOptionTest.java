package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.crs.forces.Force;

class ForceOptionTest {

    @Test
    void acceptsAForceNameInAnyCase() {
        assertThat(ForceOption.read("--force", "Durham", Force::recordsCases).slug())
                .isEqualTo("durham");
    }

    @Test
    void suggestsTheSlugOnANearMiss() {
        assertThat(ForceOption.read("--force", "Durhm", Force::recordsCases).refusal())
                .isEqualTo("--force: unknown force 'Durhm'; did you mean 'durham'?");
    }

    @Test
    void refusesAForceCrsDoesNotRecordCasesFor() {
        ForceOption.Result read = ForceOption.read("--force", "northern-ireland", Force::recordsCases);
        assertThat(read.slug()).isNull();
        assertThat(read.refusal())
                .isEqualTo("--force: unknown force 'northern-ireland'; expected a data.police.uk slug such as durham,"
                        + " cleveland or metropolitan");
    }
}
