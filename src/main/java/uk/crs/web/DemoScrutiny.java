package uk.crs.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.cases.Agreement;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.CommandResult;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.ConditionType;
import uk.crs.cases.OpenCase;
import uk.crs.cases.Opening;
import uk.crs.scrutiny.Agency;
import uk.crs.scrutiny.Answer;
import uk.crs.scrutiny.Assessment;
import uk.crs.scrutiny.Meeting;
import uk.crs.scrutiny.Scrutiny;
import uk.crs.scrutiny.SeedCommitment;
import uk.crs.scrutiny.StratifiedSample;
import uk.crs.users.User;
import uk.crs.users.Users;

/**
 * The scrutiny capability for {@code crs serve --demo}: 25 closed Durham cases (invented people, varied offences,
 * victims, ages and circumstances, dates relative to the start), a panel serving Durham with members of five
 * agencies and a police member without a vote, a meeting held today (seed committed, manifest frozen, sample drawn,
 * packs confirmed and released, blind verdicts, the chair's conclusions, feedback, minutes and an action) with the
 * published report for the year, and a meeting in four weeks whose packs wait for the {@code panel} account's
 * verdicts. Everything goes through the cases and scrutiny use cases, so it is decided, redacted and audited like real
 * work; seeded once per store (the marker keeps restarts from adding more).
 *
 * <p>The two meetings draw from apart: the held meeting's plan takes youth cases and the theft and criminal damage
 * offence codes, the next meeting's plan domestic abuse, hate and public order or assault, so no case is drawn twice
 * (every demo case is closed at start-up, so a period alone could not keep them apart).
 */
@Component
@ConditionalOnBooleanProperty("crs.demo")
class DemoScrutiny implements ApplicationRunner {

    static final String MARKER = "demo-scrutiny";
    static final String PANEL = "durham-panel";
    static final String HELD_SEED = "demo 6 2 5 1 4 3 3 6 (dice rolled at the meeting)";
    static final String NEXT_SEED = "demo 4 4 1 6 2 5 (dice rolled by two members)";

    private static final Logger LOG = LoggerFactory.getLogger(DemoScrutiny.class);

    /** The panel's members: account, agency, whether they vote. */
    private static final List<Object[]> MEMBERS = List.of(
            new Object[] {"panel-chair", Agency.MAGISTRACY, true},
            new Object[] {"panel", Agency.VICTIM_SERVICES, true},
            new Object[] {"panel-cps", Agency.CROWN_PROSECUTION_SERVICE, true},
            new Object[] {"panel-yos", Agency.YOUTH_OFFENDING_SERVICE, true},
            new Object[] {"panel-pcc", Agency.PCC_OFFICE, true},
            new Object[] {"panel-police", Agency.POLICE, false});

    /**
     * The held meeting's verdicts, one line a drawn case in draw order: the five voting members' verdicts (chair,
     * panel, panel-cps, panel-yos, panel-pcc) and then the chair's conclusion. A appropriate, O with observations, I
     * inappropriate, U unable to determine (carried over to the next meeting).
     */
    private static final List<String> HELD_VERDICTS = List.of(
            "AAAAA A", "AAAAA A", "AAAAO A", "AAAAA A", "AOAAA A", "AAAAA A", "OOAOO O", "IIOII I", "AAAAA A",
            "IIIIA I", "OOOAO O", "UUOUA U");

    private final CaseHandling handling;
    private final Scrutiny scrutiny;
    private final Users users;
    private final JsonMapper json;
    private final Clock clock;

    DemoScrutiny(CaseHandling handling, Scrutiny scrutiny, Users users, JsonMapper json, Clock clock) {
        this.handling = handling;
        this.scrutiny = scrutiny;
        this.users = users;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String name : List.of("officer", "superintendent", "sergeant", "admin", "panel-chair", "panel")) {
            if (users.find(name).isEmpty()) {
                return;
            }
        }
        if (handling.seedOnce(MARKER, this::seed)) {
            LOG.info("demo mode: scrutiny panel {}, a held meeting, its report and a meeting to come seeded", PANEL);
        }
    }

    private User user(String name) {
        return users.find(name).orElseThrow(() -> new IllegalStateException("demo account " + name + " missing"));
    }

    /** Throws on any refusal, so a step the rules no longer allow stops start-up instead of seeding it wrongly. */
    private void seed() {
        LocalDate today = LocalDate.now(clock);
        User admin = user("admin");
        if (scrutiny.panels(admin).stream().anyMatch(p -> p.id().equals(PANEL))) {
            // a seeding that stopped part-way after the panel was made: keep what is there rather than add cases
            LOG.warn("demo mode: the demo panel {} exists without the seeding marker; not seeding it again", PANEL);
            return;
        }
        closedCases(today);
        Instant now = clock.instant();
        User chair = user("panel-chair");
        done(scrutiny.createPanel(
                admin, PANEL, "Durham out-of-court disposals scrutiny panel", List.of("durham"), now));
        for (Object[] m : MEMBERS) {
            done(scrutiny.addMember(admin, PANEL, (String) m[0], (Agency) m[1], (Boolean) m[2], now));
            done(scrutiny.acceptTerms(user((String) m[0]), PANEL, now));
        }

        // the meeting held today: youth cases and the theft and criminal damage codes
        String held = done(scrutiny.schedule(chair, PANEL, today, now)).id();
        List<String> drawn = draw(
                chair,
                held,
                HELD_SEED,
                today,
                List.of(
                        new Scrutiny.Stratum("youth", "YOUTH", List.of(), 2),
                        new Scrutiny.Stratum(
                                "theft-and-damage", null, List.of("44", "45", "46", "49", "58B", "58C", "58D"), 10)),
                now);
        List<String> voters = List.of("panel-chair", "panel", "panel-cps", "panel-yos", "panel-pcc");
        for (int i = 0; i < drawn.size() && i < HELD_VERDICTS.size(); i++) {
            String line = HELD_VERDICTS.get(i);
            for (int v = 0; v < voters.size(); v++) {
                Assessment a = assessment(line.charAt(v));
                done(scrutiny.recordVerdict(user(voters.get(v)), held, drawn.get(i), a, reasons(a), note(a), now));
            }
            Assessment conclusion = assessment(line.charAt(6));
            done(scrutiny.conclude(chair, held, drawn.get(i), conclusion, conclusionNote(conclusion), now));
        }
        done(scrutiny.hold(
                chair,
                held,
                "Quorate: five voting members and a police adviser. Twelve cases reviewed. The panel asked for the"
                        + " victim's views to be recorded in their own words and for youth cases to show the youth"
                        + " offending service's view.",
                List.of(
                        new Meeting.Action(
                                "Remind officers to record the victim's views in the victim's own words",
                                "Durham Constabulary, head of criminal justice",
                                today.plusDays(90),
                                null),
                        new Meeting.Action(
                                "Record the youth offending service's view in every youth case",
                                "Durham Constabulary, youth justice lead",
                                today.plusDays(60),
                                null)),
                now));
        // the supervisor has passed one piece of feedback to the officer
        User sergeant = user("sergeant");
        if (scrutiny.feedback(sergeant) instanceof Answer.Done<List<Scrutiny.FeedbackNotice>> f
                && !f.value().isEmpty()) {
            Scrutiny.FeedbackNotice first = f.value().get(0);
            done(scrutiny.acknowledge(
                    sergeant, first.meetingId(), first.feedback().caseRef(), now));
        }
        done(scrutiny.publish(chair, PANEL, today.getYear(), now));

        // the next meeting, in four weeks: domestic abuse, hate, public order and assault, and the carried-over case
        String next =
                done(scrutiny.schedule(chair, PANEL, today.plusDays(28), now)).id();
        List<String> nextPacks = draw(
                chair,
                next,
                NEXT_SEED,
                today,
                List.of(
                        new Scrutiny.Stratum("domestic-abuse", "DOMESTIC_ABUSE", List.of(), 2),
                        new Scrutiny.Stratum("hate", "HATE", List.of(), 2),
                        new Scrutiny.Stratum("public-order-and-assault", null, List.of("9A", "105A"), 2)),
                now);
        // two members have begun; the demo's panel member and the chair have not
        for (int i = 0; i < nextPacks.size(); i++) {
            if (i < 4) {
                done(scrutiny.recordVerdict(
                        user("panel-cps"),
                        next,
                        nextPacks.get(i),
                        i == 1 ? Assessment.INAPPROPRIATE : Assessment.APPROPRIATE,
                        i == 1 ? Set.of("GRAVITY", "VICTIM") : Set.of(),
                        i == 1 ? "Too serious for a community resolution given the victim's fear." : "",
                        now));
            }
            if (i < 2) {
                done(scrutiny.recordVerdict(
                        user("panel-yos"), next, nextPacks.get(i), Assessment.APPROPRIATE, Set.of(), "", now));
            }
        }
    }

    /**
     * Commits the seed, freezes the manifest of the last 90 days' closed cases, reveals the seed and has a second
     * member confirm each pack's redaction. Returns the meeting's packs, in the order the use case lists them.
     */
    private List<String> draw(
            User chair, String meeting, String seed, LocalDate today, List<Scrutiny.Stratum> plan, Instant now) {
        done(scrutiny.commitSeed(chair, meeting, SeedCommitment.to(seed).sha256(), now));
        done(scrutiny.freeze(chair, meeting, today.minusDays(90), today, plan, now));
        StratifiedSample sample = done(scrutiny.reveal(chair, meeting, seed, now));
        User checker = user("panel-pcc");
        List<String> packs = done(scrutiny.packs(checker, meeting)).stream()
                .map(Scrutiny.PackSummary::caseRef)
                .toList();
        for (String ref : packs) {
            done(scrutiny.confirmRedaction(checker, meeting, ref, now));
        }
        LOG.debug(
                "demo meeting {}: {} drawn, {} packs",
                meeting,
                sample.references().size(),
                packs.size());
        return packs;
    }

    private static Assessment assessment(char c) {
        return switch (c) {
            case 'A' -> Assessment.APPROPRIATE;
            case 'O' -> Assessment.APPROPRIATE_WITH_OBSERVATIONS;
            case 'I' -> Assessment.INAPPROPRIATE;
            case 'U' -> Assessment.UNABLE_TO_DETERMINE;
            default -> throw new IllegalArgumentException("verdict letter " + c);
        };
    }

    private static Set<String> reasons(Assessment a) {
        return switch (a) {
            case APPROPRIATE -> Set.of();
            case APPROPRIATE_WITH_OBSERVATIONS -> Set.of("VICTIM");
            case INAPPROPRIATE -> Set.of("HISTORY", "RATIONALE");
            case UNABLE_TO_DETERMINE -> Set.of("MISSING");
        };
    }

    private static String note(Assessment a) {
        return switch (a) {
            case APPROPRIATE -> "";
            case APPROPRIATE_WITH_OBSERVATIONS -> "The victim's views are summarised, not in their own words.";
            case INAPPROPRIATE -> "The rationale does not say why a caution was not more suitable.";
            case UNABLE_TO_DETERMINE -> "The pack does not say whether the conditions were checked.";
        };
    }

    private static String conclusionNote(Assessment a) {
        return switch (a) {
            case APPROPRIATE -> "Consistent with policy.";
            case APPROPRIATE_WITH_OBSERVATIONS -> "Appropriate; record the victim's views in their own words.";
            case INAPPROPRIATE -> "Not consistent with policy: a more formal outcome was needed.";
            case UNABLE_TO_DETERMINE -> "Carried to the next meeting: the force to supply the condition evidence.";
        };
    }

    // ---- the closed cases

    /** One invented case: what varies between the demo's closed cases. */
    private record Demo(
            String code,
            String offender,
            int age,
            String contact,
            @Nullable String victim,
            String victimContact,
            boolean consents,
            boolean domesticAbuse,
            boolean hate,
            String views,
            String rationale,
            boolean completed) {}

    private static final List<Demo> CASES = List.of(
            // the held meeting's pool: theft and criminal damage, adults
            new Demo(
                    "46",
                    "Aled Pryce-Morgan",
                    34,
                    "07700 900311",
                    "Corner Shop Ltd",
                    "shop@example.org",
                    true,
                    false,
                    false,
                    "The manager wants the goods paid for and an apology.",
                    "First offence; Aled Pryce-Morgan admitted it on camera footage.",
                    true),
            new Demo(
                    "46",
                    "Bronwen Oyelaran",
                    27,
                    "07700 900312",
                    "Hallgarth Pharmacy",
                    "07700 900412",
                    true,
                    false,
                    false,
                    "Happy with a letter of apology.",
                    "First offence, low value, goods recovered.",
                    true),
            new Demo(
                    "46",
                    "Callum Fairweather",
                    45,
                    "07700 900313",
                    "Wenlock Stores",
                    "wenlock@example.org",
                    false,
                    false,
                    false,
                    "Wenlock Stores wants a prosecution; Callum Fairweather has been warned before.",
                    "Goods recovered; the offender has debts and lost his job in May.",
                    true),
            new Demo(
                    "49",
                    "Delyth Ashworth",
                    52,
                    "07700 900314",
                    "Marjorie Entwistle",
                    "07700 900414",
                    true,
                    false,
                    false,
                    "Mrs Entwistle would like her plant pots back and a written apology.",
                    "Neighbour dispute; Delyth Ashworth returned the pots.",
                    true),
            new Demo(
                    "44",
                    "Emeka Thornbury",
                    23,
                    "emeka.t@example.org",
                    "Gwendolen Rackham",
                    "07700 900415",
                    true,
                    false,
                    false,
                    "She wants the bike's lock paid for.",
                    "Bike recovered undamaged; admitted at once.",
                    true),
            new Demo(
                    "45",
                    "Fiona Castellano",
                    31,
                    "07700 900316",
                    "Rupert Ollerenshaw",
                    "rupert.o@example.org",
                    true,
                    false,
                    false,
                    "He wants the sat-nav back and the window paid for.",
                    "Sat-nav recovered from Fiona Castellano's flat at DH1 3LE.",
                    true),
            new Demo(
                    "58B",
                    "Gareth Nwosu",
                    38,
                    "07700 900317",
                    "St Oswald's Church Hall",
                    "07700 900417",
                    true,
                    false,
                    false,
                    "The warden would like the graffiti cleaned off by the offender.",
                    "First offence; remorseful; offered to clean it.",
                    true),
            new Demo(
                    "58C",
                    "Hollie Pendragon",
                    29,
                    "07700 900318",
                    "Tobias Wetherell",
                    "07700 900418",
                    true,
                    false,
                    false,
                    "Mr Wetherell wants the wing mirror paid for (£85).",
                    "Drunk, kicked the mirror of NK19 ABC; paid on the spot.",
                    true),
            new Demo(
                    "58D",
                    "Ibrahim Sallow",
                    41,
                    "07700 900319",
                    "Durham County Council",
                    "parks@example.org",
                    true,
                    false,
                    false,
                    "The council wants the bench repaired.",
                    "Damaged a park bench; first offence.",
                    true),
            new Demo(
                    "58D",
                    "Jocelyn Varga",
                    36,
                    "07700 900320",
                    "Henrietta Mossop",
                    "07700 900420",
                    false,
                    false,
                    false,
                    "Henrietta Mossop is frightened of Jocelyn Varga and wants court.",
                    "Fence damaged in a row over parking; no previous record.",
                    false),
            new Demo(
                    "49",
                    "Kieran Bellamy",
                    60,
                    "07700 900321",
                    "Sunnybrow Allotments",
                    "07700 900421",
                    true,
                    false,
                    false,
                    "The committee wants the tools returned.",
                    "Took tools from a shed; returned them.",
                    true),
            new Demo(
                    "46",
                    "Leanne Okonjo",
                    19,
                    "leanne.o@example.org",
                    "Corner Shop Ltd",
                    "shop@example.org",
                    true,
                    false,
                    false,
                    "The manager wants an apology.",
                    "Aged 19, first offence, goods recovered.",
                    true),
            new Demo(
                    "58D",
                    "Morgan Tillotson",
                    47,
                    "07700 900323",
                    "Priscilla Goodwin",
                    "07700 900423",
                    true,
                    false,
                    false,
                    "Mrs Goodwin wants the gate repaired.",
                    "Reversed into the gate; admitted it.",
                    true),
            new Demo(
                    "46",
                    "Nadia Ferreira-Holt",
                    25,
                    "07700 900324",
                    "Framwellgate Co-op",
                    "07700 900424",
                    true,
                    false,
                    false,
                    "The store would like the goods paid for.",
                    "Low value; remorseful; first offence.",
                    true),
            // youth cases, with an appropriate adult present
            new Demo(
                    "46",
                    "Owen Marchetti",
                    15,
                    "07700 900325",
                    "Corner Shop Ltd",
                    "shop@example.org",
                    true,
                    false,
                    false,
                    "The manager wants Owen to apologise in person.",
                    "Aged 15, first offence, with his mother present.",
                    true),
            new Demo(
                    "58B",
                    "Priya Lindqvist",
                    16,
                    "07700 900326",
                    "Belmont School",
                    "07700 900426",
                    true,
                    false,
                    false,
                    "The school wants the window paid for and a letter.",
                    "Aged 16; broke a window; remorseful.",
                    true),
            new Demo(
                    "44",
                    "Rhys Abernethy",
                    17,
                    "07700 900327",
                    "Cuthbert Fanshawe",
                    "07700 900427",
                    true,
                    false,
                    false,
                    "He would like an apology; the bike is back.",
                    "Aged 17; bike returned the same day.",
                    true),
            // the next meeting's pool: domestic abuse (family, not a partner), hate, public order and assault
            new Demo(
                    "58A",
                    "Sian Kowalczyk",
                    33,
                    "07700 900328",
                    "Dafydd Kowalczyk",
                    "07700 900428",
                    true,
                    true,
                    false,
                    "Her brother wants the door repaired and no more contact.",
                    "Kicked her brother's door during an argument; no injury.",
                    true),
            new Demo(
                    "58A",
                    "Tomasz Hargreaves",
                    44,
                    "07700 900329",
                    "Agnieszka Hargreaves",
                    "07700 900429",
                    true,
                    true,
                    false,
                    "His mother wants the window fixed and for him to get help with drink.",
                    "Broke his mother's window; referred to an alcohol course.",
                    true),
            new Demo(
                    "9A",
                    "Ulrika Penhaligon",
                    39,
                    "07700 900330",
                    "Wilfred Penhaligon",
                    "07700 900430",
                    true,
                    true,
                    false,
                    "Her father wants an apology.",
                    "Shouting in the street at her father; no threats.",
                    true),
            new Demo(
                    "58J",
                    "Vaughan Stockdale",
                    28,
                    "07700 900331",
                    "Rahman's Grocers",
                    "07700 900431",
                    true,
                    false,
                    true,
                    "The shopkeeper wants the words painted over and the man to understand the harm.",
                    "Racist graffiti on the shutter; offered to paint over it.",
                    true),
            new Demo(
                    "9A",
                    "Wendy Alderton",
                    55,
                    "07700 900332",
                    "Ezekiel Mensah",
                    "07700 900432",
                    true,
                    false,
                    true,
                    "Mr Mensah wants an apology and for her to go on a course.",
                    "Abuse on a bus; hate-crime awareness course agreed.",
                    true),
            new Demo(
                    "9A",
                    "Xavier Lumley",
                    22,
                    "07700 900333",
                    "Beatrix Coulthard",
                    "07700 900433",
                    true,
                    false,
                    false,
                    "She wants him to stay away from her shop.",
                    "Swore at staff; no previous record.",
                    true),
            new Demo(
                    "105A",
                    "Yvette Kirkbride",
                    31,
                    "07700 900334",
                    "Lorcan Devereux",
                    "07700 900434",
                    true,
                    false,
                    false,
                    "He wants an apology; he was not hurt.",
                    "Pushed him in a taxi queue; no injury.",
                    true),
            new Demo(
                    "105A",
                    "Zachary Holroyd",
                    26,
                    "07700 900335",
                    "Imogen Strachan",
                    "07700 900435",
                    true,
                    false,
                    false,
                    "She would like an apology and nothing more.",
                    "A shove outside a bar; no injury.",
                    true));

    private void closedCases(LocalDate today) {
        User officer = user("officer");
        User superintendent = user("superintendent");
        for (int i = 0; i < CASES.size(); i++) {
            Demo d = CASES.get(i);
            CaseId id = open(
                    officer,
                    facts(d, today.minusDays(20 + i), today.minusYears(d.age()).minusDays(40 + i)));
            CaseRecord record = handling.find(officer, id).orElseThrow();
            if (record.kase().status() == CaseStatus.AWAITING_AUTHORISATION) {
                accepted(handling.authorise(
                        superintendent, id, null, true, "Proportionate; the officer's rationale is sound."));
            }
            // the victim's objection is overridden by a supervisor, as the policy's override rank allows
            User agreeing = d.consents() ? officer : superintendent;
            accepted(handling.agree(
                    agreeing,
                    id,
                    null,
                    new Agreement(
                            true,
                            d.views(),
                            d.consents(),
                            d.consents() ? null : "The offender has made amends; a court would add nothing.",
                            List.of(
                                    new Condition(
                                            1,
                                            ConditionType.APOLOGY,
                                            "written apology to " + (d.victim() == null ? "the victim" : d.victim()),
                                            today.plusDays(14),
                                            null,
                                            null),
                                    new Condition(
                                            2,
                                            ConditionType.COMPENSATION,
                                            "pay for the loss or damage",
                                            today.plusDays(28),
                                            new BigDecimal(20 + 5 * i + ".00"),
                                            null)))));
            accepted(handling.recordOutcome(
                    officer, id, null, 1, ConditionOutcome.Status.COMPLETED, "letter from " + d.offender() + " seen"));
            accepted(handling.recordOutcome(
                    officer,
                    id,
                    null,
                    2,
                    d.completed() ? ConditionOutcome.Status.COMPLETED : ConditionOutcome.Status.NOT_COMPLETED,
                    d.completed()
                            ? "receipt seen; victim confirmed by " + d.victimContact()
                            : "not paid by the due date"));
            accepted(handling.close(
                    officer, id, null, d.completed() ? CaseStatus.COMPLETED : CaseStatus.NOT_COMPLETED, true));
        }
    }

    private CaseId open(User officer, Map<String, Object> facts) {
        Opening opening = handling.open(officer, new OpenCase(json.writeValueAsBytes(facts)));
        if (opening instanceof Opening.Opened opened) {
            if (opened.record().kase().status() == CaseStatus.NOT_PERMITTED) {
                throw new IllegalStateException("a demo scrutiny case is not permitted: " + facts.get("offence"));
            }
            return opened.record().kase().id();
        }
        throw new IllegalStateException("a demo scrutiny case was not opened: " + opening);
    }

    private static Map<String, Object> facts(Demo d, LocalDate offenceDate, LocalDate dateOfBirth) {
        Map<String, Object> offender = new LinkedHashMap<>();
        offender.put("age", d.age());
        offender.put("acceptsResponsibility", true);
        offender.put("appropriateAdultPresent", d.age() < 18);
        offender.put("history", List.of());
        offender.put("name", d.offender());
        offender.put("dateOfBirth", dateOfBirth.toString());
        offender.put("contact", d.contact());
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("identified", true);
        victim.put("consulted", true);
        victim.put("consents", d.consents());
        victim.put("views", d.views() + " Contact: " + d.victimContact() + ".");
        if (d.victim() != null) {
            victim.put("name", d.victim());
            victim.put("contact", d.victimContact());
        }
        Map<String, Object> circumstances = new LinkedHashMap<>();
        circumstances.put("domesticAbuse", d.domesticAbuse());
        circumstances.put("intimatePartner", false);
        circumstances.put("hateAggravated", d.hate());
        circumstances.put("weapon", false);
        circumstances.put("injury", "NONE");
        circumstances.put("vulnerableVictim", false);
        circumstances.put("childVictim", false);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("force", "durham");
        facts.put("offence", Map.of("code", d.code(), "date", offenceDate.toString()));
        facts.put("offender", offender);
        facts.put("victim", victim);
        facts.put("circumstances", circumstances);
        facts.put("aggravating", List.of());
        facts.put("mitigating", List.of());
        facts.put("evidenceSufficient", true);
        facts.put("rationale", d.rationale() + " Born " + dateOfBirth + "; call " + d.contact() + ".");
        return facts;
    }

    private static void accepted(CommandResult<CaseRecord> result) {
        if (result instanceof CommandResult.Refused<CaseRecord> refused) {
            throw new IllegalStateException("a demo scrutiny case step was refused: " + refused.refusal());
        }
    }

    private static <T> T done(Answer<T> answer) {
        if (answer instanceof Answer.Done<T> d) {
            return d.value();
        }
        throw new IllegalStateException("a demo scrutiny step was refused: " + answer);
    }
}
