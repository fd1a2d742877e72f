package uk.crs.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled offence catalogue against the Home Office code list and the law. */
class OffenceCatalogueTest {

    private final OffenceCatalogue catalogue = OffenceCatalogue.bundled();

    @Test
    void findsShopliftingAsAnEitherWayAcquisitiveOffence() {
        Offence shoplifting = catalogue.find("46").orElseThrow();
        assertThat(shoplifting.modeOfTrial()).isEqualTo(ModeOfTrial.EITHER_WAY);
        assertThat(shoplifting.has(OffenceFlag.ACQUISITIVE)).isTrue();
    }
}
