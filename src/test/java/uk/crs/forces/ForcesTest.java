package uk.crs.forces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForcesTest {

    private final Forces forces = Forces.standard();

    @Test
    void listsEveryForceDataPoliceUkPublishesAndRecordsCasesForEnglandWalesAndTransportPolice() {
        assertThat(forces.all()).hasSize(45);
        assertThat(forces.recordingSlugs())
                .hasSize(44)
                .contains("durham", "btp")
                .doesNotContain("northern-ireland");
        assertThat(forces.bySlug("northern-ireland").map(Force::recordsCases)).contains(false);
    }

    @Test
    void findsAForceAsPeopleTypeItIgnoringCase() {
        assertThat(forces.typed("Durham").map(Force::slug)).contains("durham");
        assertThat(forces.typed(" DURHAM ").map(Force::slug)).contains("durham");
        assertThat(forces.typed("Durham Constabulary").map(Force::slug)).contains("durham");
        assertThat(forces.typed("Devon and Cornwall Police").map(Force::slug)).contains("devon-and-cornwall");
        assertThat(forces.typed("Avon-and-Somerset").map(Force::slug)).contains("avon-and-somerset");
        assertThat(forces.typed("gotham")).isEmpty();
    }

    @Test
    void suggestsTheNearestSlugForATypoButNotForSomethingElse() {
        assertThat(forces.nearest("durhm").map(Force::slug)).contains("durham");
        assertThat(forces.nearest("clevland").map(Force::slug)).contains("cleveland");
        assertThat(forces.nearest("gotham")).isEmpty();
    }
}
