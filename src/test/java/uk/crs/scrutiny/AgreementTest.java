package uk.crs.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreement statistics against published worked examples. Every expected value below is copied from the
 * publication named beside it, never computed by this code.
 */
class AgreementTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: four observers, twelve units,
     * values 1-5, with missing values (a dot). The same data are Gwet's {@code cac.raw4raters} in the irrCAC package.
     */
    static final String[][] KRIPPENDORFF_2011 = {
        // unit: 1    2    3    4    5    6    7    8    9    10   11   12
        {"1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."}, // observer A
        {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"}, // observer B
        {".", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", "."}, // observer C
        {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", "."}, // observer D
    };

    static Ratings byObserver(String[][] table) {
        Ratings ratings = Ratings.empty();
        for (int observer = 0; observer < table.length; observer++) {
            for (int unit = 0; unit < table[observer].length; unit++) {
                String value = table[observer][unit];
                if (!value.equals(".")) {
                    ratings.add("unit-" + (unit + 1), "observer-" + observer, value);
                }
            }
        }
        return ratings;
    }

    /** Ratings from a table of counts: row = case, column = category, cell = how many members chose it. */
    static Ratings fromCounts(List<String> categories, int[][] counts) {
        Ratings ratings = Ratings.over(categories);
        for (int unit = 0; unit < counts.length; unit++) {
            int member = 0;
            for (int k = 0; k < categories.size(); k++) {
                for (int i = 0; i < counts[unit][k]; i++) {
                    ratings.add("case-" + unit, "member-" + member++, categories.get(k));
                }
            }
        }
        return ratings;
    }

    @Test
    void krippendorffsWorkedExampleWithMissingValues() {
        Agreement a = Agreement.of(byObserver(KRIPPENDORFF_2011));

        assertThat(a.cases()).isEqualTo(12);
        assertThat(a.members()).isEqualTo(4);
        // Krippendorff 2011, section C: nominal alpha = 0.743
        assertThat(a.krippendorffAlpha()).isCloseTo(0.743, within(0.0005));
        // irrCAC README (Gwet), krippen.alpha.raw(cac.raw4raters): 0.74342
        assertThat(a.krippendorffAlpha()).isCloseTo(0.74342, within(0.000005));
        // irrCAC README, pa.coeff.raw(cac.raw4raters): 0.8181818; gwet.ac1.raw: 0.77544
        assertThat(a.rawAgreement()).isCloseTo(0.8181818, within(0.0000001));
        assertThat(a.gwetAc1()).isCloseTo(0.77544, within(0.000005));
    }

    @Test
    void fleissKappaIsNullWithAReasonWhenCasesHaveDifferentNumbersOfVerdicts() {
        Agreement a = Agreement.of(byObserver(KRIPPENDORFF_2011));

        assertThat(a.fleissKappa()).isNull();
        assertThat(a.notes().get("fleissKappa"))
                .contains("same number of verdicts")
                .contains("between 1 and 4");
    }

    /**
     * Gwet's {@code distrib.6raters} (irrCAC package; the design of Fleiss 1971's example): six psychiatrists
     * classify 15 patients into five diagnoses. Expected values from the irrCAC README's printed output.
     */
    @Test
    void fleissSixPsychiatristsExample() {
        int[][] counts = {
            {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
            {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
            {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1}
        };
        Agreement a = Agreement.of(fromCounts(
                List.of("Depression", "Personality disorder", "Schizophrenia", "Neurosis", "Other"), counts));

        assertThat(a.rawAgreement()).isCloseTo(0.5511111, within(0.0000001));
        assertThat(a.fleissKappa()).isCloseTo(0.4139265, within(0.0000001));
        assertThat(a.krippendorffAlpha()).isCloseTo(0.4204384, within(0.0000001));
        assertThat(a.gwetAc1()).isCloseTo(0.4448007, within(0.0000001));
    }

    /**
     * Two abstractors classifying 100 pregnancies ({@code cont3x3abstractors} in irrCAC; Gwet 2014). For two raters
     * Fleiss' kappa is Scott's pi. Expected values from the irrCAC README.
     */
    @Test
    void twoAbstractorsContingencyTable() {
        String[] c = {"Ectopic", "AIU", "NIU"};
        int[][] table = {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};
        Ratings ratings = Ratings.over(List.of(c));
        int id = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int n = 0; n < table[i][j]; n++) {
                    ratings.add("case-" + id, "abstractor-1", c[i]);
                    ratings.add("case-" + id++, "abstractor-2", c[j]);
                }
            }
        }
        Agreement a = Agreement.of(ratings);

        assertThat(a.cases()).isEqualTo(100);
        assertThat(a.rawAgreement()).isCloseTo(0.89, within(1e-12));
        assertThat(a.fleissKappa()).isCloseTo(0.7962397, within(0.0000001)); // Scott's pi
        assertThat(a.krippendorffAlpha()).isCloseTo(0.7972585, within(0.0000001));
        assertThat(a.gwetAc1()).isCloseTo(0.8493305, within(0.0000001));
    }

    /**
     * The kappa paradox the issue names (Feinstein and Cicchetti 1990; Gwet 2008): two members agree on 95 of 100
     * cases, all APPROPRIATE, and split on the other five. Kappa is near zero although they nearly always agree;
     * AC1 reflects the agreement.
     */
    @Test
    void kappaCollapsesWhenNearlyEveryCaseIsAppropriateButAc1DoesNot() {
        Ratings ratings = Ratings.over(List.of("APPROPRIATE", "INAPPROPRIATE"));
        for (int i = 0; i < 100; i++) {
            ratings.add("c" + i, "m1", "APPROPRIATE");
            ratings.add("c" + i, "m2", i < 95 ? "APPROPRIATE" : "INAPPROPRIATE");
        }
        Agreement a = Agreement.of(ratings);

        assertThat(a.rawAgreement()).isCloseTo(0.95, within(1e-12));
        assertThat(a.fleissKappa()).isLessThan(0.0);
        assertThat(a.gwetAc1()).isGreaterThan(0.9);
    }

    @Test
    void unanimityLeavesKappaAndAlphaUndefinedWithReasons() {
        Ratings ratings = Ratings.empty();
        for (int i = 0; i < 5; i++) {
            ratings.add("c" + i, "m1", "APPROPRIATE");
            ratings.add("c" + i, "m2", "APPROPRIATE");
        }
        Agreement a = Agreement.of(ratings);

        assertThat(a.rawAgreement()).isEqualTo(1.0);
        assertThat(a.fleissKappa()).isNull();
        assertThat(a.krippendorffAlpha()).isNull();
        assertThat(a.gwetAc1()).isNull();
        assertThat(a.notes()).containsKeys("fleissKappa", "krippendorffAlpha", "gwetAc1");
    }

    @Test
    void aMemberRatesACaseOnce() {
        Ratings ratings = Ratings.empty();
        assertThat(ratings.add("c1", "m1", "A")).isTrue();
        assertThat(ratings.add("c1", "m1", "B")).isFalse();
        assertThat(ratings.categories()).containsExactly("A");
    }
}
