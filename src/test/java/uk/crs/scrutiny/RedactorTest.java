package uk.crs.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The redactor removes the case's own people and every contact, place and date pattern it knows. */
class RedactorTest {

    final Redactor redactor = Redactor.forPeople(List.of("Jamie Example", "Corner Shop Ltd (manager)", "Priya Shah"));

    @Test
    void removesNamesWholeAndInParts() {
        assertThat(redactor.redact("Jamie Example apologised to Ms Shah; JAMIE said sorry to priya."))
                .isEqualTo("[NAME] apologised to Ms [NAME]; [NAME] said sorry to [NAME].");
    }

    @Test
    void keepsWordsThatOnlyContainAName() {
        assertThat(redactor.redact("a shahrukh poster was damaged")).isEqualTo("a shahrukh poster was damaged");
    }

    @Test
    void removesContactsPlacesVehiclesAndDates() {
        String text = "Call 07700 900123 or +44 20 7946 0018, email jamie.e@example.org; lives at DH1 3LE; drove"
                + " AB12 CDE and older car P123 ABC; incident 17/04/2026, born 1992-04-17, seen 3rd March 2026"
                + " and on March 5.";

        assertThat(redactor.redact(text))
                .isEqualTo("Call [PHONE] or [PHONE], email [EMAIL]; lives at [POSTCODE]; drove"
                        + " [VEHICLE] and older car [VEHICLE]; incident [DATE], born [DATE], seen [DATE]"
                        + " and on [DATE].");
    }

    @Test
    void leavesOrdinaryTextAndSumsAlone() {
        String text = "wants an apology and the £25 back; goods value 46 pounds; gravity 2";
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void ageBandsInsteadOfBirthDates() {
        assertThat(Redactor.ageBand(15)).isEqualTo("under 18");
        assertThat(Redactor.ageBand(18)).isEqualTo("18-24");
        assertThat(Redactor.ageBand(34)).isEqualTo("25-34");
        assertThat(Redactor.ageBand(70)).isEqualTo("65 and over");
    }
}
