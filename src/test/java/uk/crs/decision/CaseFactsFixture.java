package uk.crs.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.crs.policy.Disposal;

/** Builds case facts for tests, starting from a first-time adult shoplifting with a consulted, consenting victim. */
final class CaseFactsFixture {

    static final LocalDate OFFENCE_DATE = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private String force = "durham";
    private String code = "46";
    private int age = 34;
    private boolean accepts = true;
    private boolean appropriateAdult = false;
    private final List<CaseFacts.PriorDisposal> history = new ArrayList<>();
    private CaseFacts.Victim victim = new CaseFacts.Victim(true, true, true, "wants an apology");
    private CaseFacts.Circumstances circumstances = CaseFacts.Circumstances.none();
    private final List<String> aggravating = new ArrayList<>();
    private final List<String> mitigating = new ArrayList<>();

    static CaseFactsFixture aFirstTimeAdultShoplifting() {
        return new CaseFactsFixture();
    }

    CaseFactsFixture in(String force) {
        this.force = force;
        return this;
    }

    CaseFactsFixture offence(String code) {
        this.code = code;
        return this;
    }

    CaseFactsFixture aged(int age, boolean appropriateAdultPresent) {
        this.age = age;
        this.appropriateAdult = appropriateAdultPresent;
        return this;
    }

    CaseFactsFixture victimObjects() {
        this.victim = new CaseFacts.Victim(true, true, false, "wants a prosecution");
        return this;
    }

    CaseFactsFixture intimatePartnerAbuse() {
        this.circumstances = new CaseFacts.Circumstances(true, true, false, false, CaseFacts.Injury.NONE, false, false);
        return this;
    }

    CaseFactsFixture mitigating(String factor) {
        mitigating.add(factor);
        return this;
    }

    CaseFactsFixture prior(Disposal disposal, String offenceCode, LocalDate date) {
        history.add(new CaseFacts.PriorDisposal(disposal, offenceCode, date));
        return this;
    }

    CaseFacts build() {
        return new CaseFacts(
                "fixture",
                force,
                new CaseFacts.OffenceDetails(code, OFFENCE_DATE, BigDecimal.valueOf(25)),
                new CaseFacts.Offender(age, accepts, appropriateAdult, history),
                victim,
                circumstances,
                aggravating,
                mitigating,
                true,
                "first offence, goods recovered");
    }
}
