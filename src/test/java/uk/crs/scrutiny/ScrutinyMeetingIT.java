package uk.crs.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.cases.Agreement;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.CommandResult;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.ConditionType;
import uk.crs.cases.OpenCase;
import uk.crs.cases.Opening;
import uk.crs.testing.TestStores;
import uk.crs.users.Role;
import uk.crs.users.User;
import uk.crs.users.Users;
import uk.crs.web.CrsApplication;

/**
 * A scripted panel meeting against a real PostgreSQL store through the running application's services: a panel with
 * members of five agencies (and a non-voting police member), a committed seed and a stratified draw of closed cases,
 * packs searched for every person's name, contact and date of birth, blind verdicts, the chair's conclusions,
 * feedback acknowledged by a supervisor and the published report.
 */
class ScrutinyMeetingIT {

    static ConfigurableApplicationContext app;
    static Scrutiny scrutiny;
    static JdbcClient sql;
    static final Map<String, User> USERS = new LinkedHashMap<>();
    static final List<String[]> PEOPLE = new ArrayList<>(); // name, contact, date of birth
    static final String SEED = "31415 92653 58979 32384";

    @BeforeAll
    static void start(@org.junit.jupiter.api.io.TempDir Path home) {
        DataSource store = TestStores.postgres("scrutiny");
        DriverManagerDataSource ds = (DriverManagerDataSource) store;
        SpringApplication application = new SpringApplication(CrsApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.datasource.url", java.util.Objects.requireNonNull(ds.getUrl()),
                "spring.datasource.username", java.util.Objects.requireNonNull(ds.getUsername()),
                "spring.datasource.password", java.util.Objects.requireNonNull(ds.getPassword()),
                "server.port", 0,
                "crs.home", home.toString(),
                "crs.demo", false));
        app = application.run();
        scrutiny = app.getBean(Scrutiny.class);
        sql = JdbcClient.create(app.getBean(DataSource.class));
        Users users = app.getBean(Users.class);
        Object[][] accounts = {
            {"admin", Role.ADMIN},
            {"chair", Role.PANEL_CHAIR},
            {"magistrate", Role.PANEL_MEMBER},
            {"cps", Role.PANEL_MEMBER},
            {"yos", Role.PANEL_MEMBER},
            {"probation", Role.PANEL_MEMBER},
            {"victims", Role.PANEL_MEMBER},
            {"police", Role.PANEL_MEMBER},
            {"outsider", Role.PANEL_MEMBER},
            {"officer", Role.OFFICER},
            {"sergeant", Role.SERGEANT},
            {"superintendent", Role.SUPERINTENDENT}
        };
        for (Object[] a : accounts) {
            USERS.put((String) a[0], users.add((String) a[0], (Role) a[1], "durham", "long enough password"));
        }
        seedClosedCases(app.getBean(CaseHandling.class), u("officer"), u("superintendent"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static User u(String name) {
        return java.util.Objects.requireNonNull(USERS.get(name));
    }

    /** Twelve closed cases, three of them domestic abuse, each with its own people and their details in free text. */
    static void seedClosedCases(CaseHandling handling, User officer, User supervisor) {
        JsonMapper json = JsonMapper.builder().build();
        String[] first = {
            "Aoife",
            "Bartholomew",
            "Ceridwen",
            "Dmitri",
            "Eilidh",
            "Fenella",
            "Gwilym",
            "Hermione",
            "Ignatius",
            "Jolanta",
            "Kwabena",
            "Lucasta"
        };
        for (int i = 0; i < 12; i++) {
            String offender = first[i] + " Quennell-" + (char) ('A' + i) + "ardwick";
            String victim = "Ysolde" + (char) ('a' + i) + "x Pemberton";
            String offenderContact = "0770090" + String.format("%04d", 1000 + i);
            String victimContact = "v" + i + ".pemberton@example.org";
            String dob = "19" + (80 + i) + "-0" + (1 + i % 9) + "-1" + (i % 9);
            PEOPLE.add(new String[] {offender, offenderContact, dob});
            PEOPLE.add(new String[] {victim, victimContact, null});
            boolean da = i % 4 == 0;
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("force", "durham");
            facts.put("offence", Map.of("code", "46", "date", "2026-10-0" + (1 + i % 9)));
            facts.put(
                    "offender",
                    Map.of(
                            "age",
                            20 + i,
                            "acceptsResponsibility",
                            true,
                            "appropriateAdultPresent",
                            false,
                            "history",
                            List.of(),
                            "name",
                            offender,
                            "dateOfBirth",
                            dob,
                            "contact",
                            offenderContact));
            facts.put(
                    "victim",
                    Map.of(
                            "identified",
                            true,
                            "consulted",
                            true,
                            "consents",
                            true,
                            "views",
                            victim + " (" + victimContact + ") wants " + offender + " to apologise",
                            "name",
                            victim,
                            "contact",
                            victimContact));
            facts.put(
                    "circumstances",
                    Map.of(
                            "domesticAbuse",
                            da,
                            "intimatePartner",
                            false,
                            "hateAggravated",
                            false,
                            "weapon",
                            false,
                            "injury",
                            "NONE",
                            "vulnerableVictim",
                            false,
                            "childVictim",
                            false));
            facts.put("aggravating", List.of());
            facts.put("mitigating", List.of());
            facts.put("evidenceSufficient", true);
            facts.put(
                    "rationale",
                    "first offence; " + first[i] + " admitted it, born " + dob + ", call " + offenderContact);
            Opening opening = handling.open(officer, new OpenCase(json.writeValueAsBytes(facts)));
            assertThat(opening).as(opening.toString()).isInstanceOf(Opening.Opened.class);
            CaseId id = ((Opening.Opened) opening).record().kase().id();
            if (((Opening.Opened) opening).record().kase().status() == CaseStatus.AWAITING_AUTHORISATION) {
                ok(handling.authorise(supervisor, id, null, true, "agreed with " + offender + " present"));
            }
            ok(handling.agree(
                    officer,
                    id,
                    null,
                    new Agreement(
                            true,
                            victim + " asks for a letter; reach them on " + victimContact,
                            true,
                            null,
                            List.of(new Condition(
                                    1,
                                    ConditionType.APOLOGY,
                                    "written apology to " + victim,
                                    LocalDate.of(2026, 12, 1),
                                    null,
                                    null)))));
            ok(handling.recordOutcome(
                    officer, id, null, 1, ConditionOutcome.Status.COMPLETED, "letter from " + offender + " seen"));
            ok(handling.close(officer, id, null, CaseStatus.COMPLETED, true));
        }
    }

    static void ok(CommandResult<?> result) {
        assertThat(result).as(result.toString()).isInstanceOf(CommandResult.Done.class);
    }

    static <T> T done(Answer<T> answer) {
        assertThat(answer).as(answer.toString()).isInstanceOf(Answer.Done.class);
        return ((Answer.Done<T>) answer).value();
    }

    static String refused(Answer<?> answer) {
        assertThat(answer).as(answer.toString()).isInstanceOf(Answer.Refused.class);
        return ((Answer.Refused<?>) answer).code();
    }

    @Test
    void aMeetingFromCommitmentToPublishedReport() throws Exception {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // the panel: five voting agencies, a non-voting police member, a chair from the magistracy
        assertThat(refused(scrutiny.createPanel(u("chair"), "durham-panel", "Durham panel", List.of("durham"), now)))
                .isEqualTo("not-admin");
        done(scrutiny.createPanel(u("admin"), "durham-panel", "Durham OOCD scrutiny panel", List.of("durham"), now));
        done(scrutiny.createPanel(u("admin"), "other-panel", "Another panel", List.of("cleveland"), now));
        done(scrutiny.addMember(u("admin"), "durham-panel", "chair", Agency.MAGISTRACY, true, now));
        done(scrutiny.addMember(u("admin"), "durham-panel", "magistrate", Agency.MAGISTRACY, true, now));
        done(scrutiny.addMember(u("admin"), "durham-panel", "cps", Agency.CROWN_PROSECUTION_SERVICE, true, now));
        done(scrutiny.addMember(u("admin"), "durham-panel", "yos", Agency.YOUTH_OFFENDING_SERVICE, true, now));
        done(scrutiny.addMember(u("admin"), "durham-panel", "probation", Agency.PROBATION, true, now));
        done(scrutiny.addMember(u("admin"), "durham-panel", "victims", Agency.VICTIM_SERVICES, true, now));
        done(scrutiny.addMember(u("admin"), "durham-panel", "police", Agency.POLICE, false, now));
        done(scrutiny.addMember(u("admin"), "other-panel", "outsider", Agency.PCC_OFFICE, true, now));
        assertThat(refused(scrutiny.addMember(u("admin"), "durham-panel", "officer", Agency.POLICE, false, now)))
                .isEqualTo("not-panel-account");
        List<String> members = List.of("chair", "magistrate", "cps", "yos", "probation", "victims", "police");
        for (String m : members) {
            done(scrutiny.acceptTerms(u(m), "durham-panel", now));
        }
        Panel panel = done(scrutiny.panel(u("cps"), "durham-panel"));
        assertThat(panel.membersByAgency()).hasSize(6);
        assertThat(refused(scrutiny.panel(u("outsider"), "durham-panel"))).isEqualTo("no-panel");

        // the meeting and its sample: commitment, frozen manifest, revealed seed
        String meetingId = done(scrutiny.schedule(u("chair"), "durham-panel", today.plusDays(7), now))
                .id();
        assertThat(refused(scrutiny.schedule(u("cps"), "durham-panel", today.plusDays(8), now)))
                .isEqualTo("not-chair");
        assertThat(refused(scrutiny.freeze(u("chair"), meetingId, today.minusDays(1), today, List.of(), now)))
                .isEqualTo("not-committed");
        done(scrutiny.commitSeed(u("chair"), meetingId, SeedCommitment.to(SEED).sha256(), now));
        List<Scrutiny.Stratum> plan = List.of(
                new Scrutiny.Stratum("domestic-abuse", "DOMESTIC_ABUSE", List.of(), 2),
                new Scrutiny.Stratum("random", null, List.of(), 6));
        assertThat(refused(scrutiny.freeze(
                        u("chair"),
                        meetingId,
                        today.minusDays(1),
                        today,
                        List.of(new Scrutiny.Stratum("x", "NOT_A_THEME", List.of(), 2)),
                        now)))
                .isEqualTo("invalid-plan");
        done(scrutiny.freeze(u("chair"), meetingId, today.minusDays(1), today, plan, now));
        assertThat(refused(scrutiny.reveal(u("chair"), meetingId, "a guessed seed", now)))
                .isEqualTo("seed-mismatch");
        StratifiedSample sample = done(scrutiny.reveal(u("chair"), meetingId, SEED, now));
        assertThat(sample.strata()).extracting(s -> s.manifest().size()).containsExactly(3, 9);
        assertThat(sample.references()).hasSize(8);

        // anyone can repeat the draw from the published seed and manifest with Rivest's sampler
        StratifiedSample.StratumDraw random = sample.strata().get(1);
        Manifest manifest = Manifest.of(random.manifest().references());
        assertThat(manifest.sha256()).isEqualTo(random.manifest().sha256());
        assertThat(Sampler.draw(SEED + "/random", manifest.size(), 6).stream()
                        .map(d -> manifest.at(d.position()))
                        .toList())
                .isEqualTo(random.drawn().stream()
                        .map(StratifiedSample.DrawnCase::reference)
                        .toList());

        // packs: no one's name, contact or date of birth, in any format, anywhere in any pack
        List<String> packs = sql.sql("SELECT pack_json FROM scrutiny_pack")
                .query(String.class)
                .list();
        assertThat(packs).hasSize(8);
        for (String pack : packs) {
            for (String[] person : PEOPLE) {
                for (String part : person[0].split("[ -]")) {
                    assertThat(pack).doesNotContainIgnoringCase(part);
                }
                assertThat(pack).doesNotContain(person[1]).doesNotContain(person[1].substring(0, 5) + " ");
                if (person[2] != null) {
                    LocalDate dob = LocalDate.parse(person[2]);
                    assertThat(pack)
                            .doesNotContain(person[2])
                            .doesNotContain(dob.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                            .doesNotContain(
                                    dob.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
                }
            }
            assertThat(pack).doesNotContain("\"officer\"").contains("officer-").contains("Durham");
        }
        String ref = sample.references().get(0);
        Pack first = ScrutinyJsonAccess.pack(packs.get(0));
        assertThat(first.known().ageBand()).matches("18-24|25-34");
        assertThat(first.known().victimViews()).contains("[NAME]").contains("[CONTACT]");
        assertThat(first.next().status()).isEqualTo("COMPLETED");

        // a second person confirms each redaction; until then no verdicts
        assertThat(refused(scrutiny.recordVerdict(u("cps"), meetingId, ref, Assessment.APPROPRIATE, Set.of(), "", now)))
                .isEqualTo("not-released");
        assertThat(refused(scrutiny.confirmRedaction(u("chair"), meetingId, ref, now)))
                .isEqualTo("same-person");
        for (String r : sample.references()) {
            done(scrutiny.confirmRedaction(u("magistrate"), meetingId, r, now));
        }

        // members of another panel, and the police, see nothing
        assertThat(refused(scrutiny.open(u("outsider"), meetingId, ref, now))).isEqualTo("no-pack");
        assertThat(refused(scrutiny.open(u("officer"), meetingId, ref, now))).isEqualTo("no-pack");
        assertThat(refused(scrutiny.packs(u("outsider"), meetingId))).isEqualTo("no-meeting");

        // blind verdicts
        String conflictedRef = sample.references().get(1);
        done(scrutiny.declareConflict(u("yos"), "durham-panel", conflictedRef, now));
        Map<String, Assessment> conclusions = new LinkedHashMap<>();
        int i = 0;
        for (String r : sample.references()) {
            Assessment majority = i % 4 == 0 ? Assessment.INAPPROPRIATE : Assessment.APPROPRIATE;
            for (String m : List.of("magistrate", "cps", "yos", "probation", "victims")) {
                Scrutiny.OpenedPack before =
                        i == 1 && m.equals("yos") ? null : done(scrutiny.open(u(m), meetingId, r, now));
                if (before != null) {
                    assertThat(before.visibleVerdicts())
                            .as("blind until %s records", m)
                            .isEmpty();
                }
                Assessment mine =
                        m.equals("victims") && i % 4 == 1 ? Assessment.APPROPRIATE_WITH_OBSERVATIONS : majority;
                Answer<Scrutiny.OpenedPack> recorded =
                        scrutiny.recordVerdict(u(m), meetingId, r, mine, Set.of("R" + (i % 3)), "considered", now);
                if (i == 1 && m.equals("yos")) {
                    assertThat(refused(recorded)).isEqualTo("conflict");
                    assertThat(refused(scrutiny.open(u(m), meetingId, r, now))).isEqualTo("conflict");
                } else {
                    assertThat(done(recorded).visibleVerdicts()).containsKey(m);
                }
            }
            assertThat(refused(scrutiny.recordVerdict(u("police"), meetingId, r, majority, Set.of(), "", now)))
                    .isEqualTo("not-voting");
            assertThat(refused(scrutiny.recordVerdict(u("cps"), meetingId, r, majority, Set.of(), "", now)))
                    .isEqualTo("already-recorded");
            assertThat(refused(scrutiny.conclude(u("cps"), meetingId, r, majority, "", now)))
                    .isEqualTo("not-chair");
            Assessment conclusion = i == 7 ? Assessment.UNABLE_TO_DETERMINE : majority;
            done(scrutiny.conclude(u("chair"), meetingId, r, conclusion, "panel view", now));
            conclusions.put(r, conclusion);
            i++;
        }
        assertThat(refused(scrutiny.recordVerdict(
                        u("cps"), meetingId, ref, Assessment.APPROPRIATE, Set.of("not a code!"), "", now)))
                .isEqualTo("invalid-reasons");
        done(scrutiny.hold(
                u("chair"),
                meetingId,
                "eight cases reviewed",
                List.of(new Meeting.Action(
                        "brief sergeants on victim consultation", "Durham ch supt ops", today.plusDays(60), null)),
                now));

        // feedback for every INAPPROPRIATE conclusion reaches a sergeant, who acknowledges it
        assertThat(refused(scrutiny.feedback(u("officer")))).isEqualTo("not-supervisor");
        List<Scrutiny.FeedbackNotice> feedback = done(scrutiny.feedback(u("sergeant")));
        long expected =
                conclusions.values().stream().filter(Assessment::needsFeedback).count();
        assertThat(feedback).hasSize((int) expected).allSatisfy(f -> assertThat(f.officer())
                .isEqualTo("officer"));
        for (Scrutiny.FeedbackNotice f : feedback) {
            done(scrutiny.acknowledge(u("sergeant"), f.meetingId(), f.feedback().caseRef(), now));
        }
        assertThat(done(scrutiny.feedback(u("sergeant"))))
                .allSatisfy(f -> assertThat(f.feedback().acknowledgedBy()).isEqualTo("sergeant"));

        // the published report
        assertThat(refused(scrutiny.publish(
                        u("cps"), "durham-panel", today.plusDays(7).getYear(), now)))
                .isEqualTo("not-chair");
        Findings report = done(
                scrutiny.publish(u("chair"), "durham-panel", today.plusDays(7).getYear(), now));
        assertThat(report.publicVersion()).isTrue();
        assertThat(report.meetingsHeld()).isEqualTo(1);
        // 7 determined: published perturbed, never withheld, the sum of the published verdicts
        assertThat(report.counts().reviewed()).isNotNull().isBetween(1, 7 + 6);
        assertThat(report.counts().reviewed())
                .isEqualTo(java.util.Objects.requireNonNull(report.counts().appropriate())
                        + java.util.Objects.requireNonNull(report.counts().appropriateWithObservations())
                        + java.util.Objects.requireNonNull(report.counts().inappropriate()));
        assertThat(report.suppressed()).isEmpty();
        assertThat(report.disclosure()).contains("cell key method");
        assertThat(report.sampling()).hasSize(2).allSatisfy(s -> assertThat(s.seed())
                .isEqualTo(SEED));
        assertThat(report.membersByAgency()).containsEntry("MAGISTRACY", 2).containsEntry("POLICE", 1);
        assertThat(scrutiny.report("durham-panel", report.year())).contains(report);
        String html = PanelReport.html(report);
        for (String[] person : PEOPLE) {
            assertThat(html).doesNotContain(person[0]).doesNotContain(person[1]);
        }

        // every change is in the audit chain, which still verifies, and carries no personal data
        List<String> actions = sql.sql("SELECT DISTINCT action FROM audit.audit_log WHERE action LIKE 'SCRUTINY_%'")
                .query(String.class)
                .list();
        assertThat(actions)
                .contains(
                        "SCRUTINY_SEED_COMMIT",
                        "SCRUTINY_MANIFEST_FREEZE",
                        "SCRUTINY_SEED_REVEAL",
                        "SCRUTINY_PACK_BUILD",
                        "SCRUTINY_PACK_OPEN",
                        "SCRUTINY_VERDICT",
                        "SCRUTINY_CONCLUDE",
                        "SCRUTINY_FEEDBACK_ACK",
                        "SCRUTINY_REPORT_PUBLISH");
        assertThat(app.getBean(AuditLog.class).verify()).isInstanceOf(Verification.Intact.class);
        Path dump = Files.createTempFile("audit", ".txt");
        Files.writeString(
                dump,
                String.join(
                        "\n",
                        sql.sql("SELECT concat_ws('|', actor, action, result, case_id)" + " FROM audit.audit_log")
                                .query(String.class)
                                .list()));
        String log = Files.readString(dump);
        for (String[] person : PEOPLE) {
            assertThat(log).doesNotContain(person[0]);
        }

        // the case carried over is on the next meeting's agenda
        String next = done(scrutiny.schedule(u("chair"), "durham-panel", today.plusDays(40), now))
                .id();
        done(scrutiny.commitSeed(
                u("chair"), next, SeedCommitment.to("next seed").sha256(), now));
        done(scrutiny.freeze(
                u("chair"),
                next,
                today.plusDays(1),
                today.plusDays(2),
                List.of(new Scrutiny.Stratum("random", null, List.of(), 5)),
                now));
        done(scrutiny.reveal(u("chair"), next, "next seed", now));
        List<Scrutiny.PackSummary> agenda = done(scrutiny.packs(u("cps"), next));
        assertThat(agenda).singleElement().satisfies(p -> {
            assertThat(p.caseRef()).isEqualTo(sample.references().get(7));
            assertThat(p.carriedFrom()).isEqualTo(meetingId);
        });
    }

    /** The REST API answers bad input and forbidden requests with problem+json and stores nothing. */
    @Test
    void theApiRefusesBadInputWithProblems() throws Exception {
        assertThat(http("admin", "POST", "/api/scrutiny/panels", "{"))
                .startsWith("400 ")
                .contains("application/problem+json");
        assertThat(http(
                        "admin",
                        "POST",
                        "/api/scrutiny/panels",
                        "{\"id\":\"Bad Id\",\"name\":\"x\",\"forces\":[\"durham\"]}"))
                .startsWith("400 ")
                .contains("invalid-panel-id");
        assertThat(http(
                        "admin",
                        "POST",
                        "/api/scrutiny/panels",
                        "{\"id\":\"p\",\"name\":\"x\",\"forces\":[7],\"extra\":1}"))
                .startsWith("400 ")
                .contains("forces[0]")
                .contains("extra");
        assertThat(http(
                        "cps",
                        "POST",
                        "/api/scrutiny/panels",
                        "{\"id\":\"rest-panel\",\"name\":\"x\",\"forces\":[\"durham\"]}"))
                .startsWith("403 ")
                .contains("not-admin");
        assertThat(http("cps", "POST", "/api/scrutiny/meetings/none/packs/x/verdict", "{\"assessment\":\"MAYBE\"}"))
                .startsWith("400 ")
                .contains("assessment");
        assertThat(http("cps", "GET", "/api/scrutiny/meetings/none/packs", null))
                .startsWith("404 ")
                .contains("application/problem+json");
        assertThat(http("admin", "GET", "/api/scrutiny/panels/none/reports/2026?format=pdf", null))
                .startsWith("404 ");
        assertThat(sql.sql("SELECT count(*) FROM scrutiny_panel WHERE id IN ('p', 'rest-panel')")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(http(
                        "admin",
                        "POST",
                        "/api/scrutiny/panels",
                        "{\"id\":\"rest-panel\",\"name\":\"REST\",\"forces\":[\"durham\"]}"))
                .startsWith("201 ")
                .contains("\"forces\":[\"durham\"]");
    }

    static String http(String user, String method, String path, @Nullable String body) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString((user + ":long enough password")
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " "
                + response.headers().firstValue("Content-Type").orElse("") + " " + response.body();
    }
}
