package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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
 * {@code crs compliance} on a real case store: twelve CRs closed through the case workflow, then the internal
 * statement (true counts, no case references because none is against policy), the perturbed one (within 2 of the
 * truth, with the cell key method in its methods) and bad options (exit 2, nothing read).
 */
class ComplianceCommandIT {

    static ConfigurableApplicationContext app;
    static Map<String, String> env;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void start(@TempDir Path home) {
        DataSource store = TestStores.postgres("compliance");
        DriverManagerDataSource ds = (DriverManagerDataSource) store;
        String url = Objects.requireNonNull(ds.getUrl());
        String user = Objects.requireNonNull(ds.getUsername());
        String password = Objects.requireNonNull(ds.getPassword());
        SpringApplication application = new SpringApplication(CrsApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.datasource.url",
                url,
                "spring.datasource.username",
                user,
                "spring.datasource.password",
                password,
                "server.port",
                0,
                "crs.home",
                home.toString(),
                "crs.demo",
                false));
        app = application.run();
        Users users = app.getBean(Users.class);
        User officer = users.add("officer", Role.OFFICER, "durham", "long enough password");
        User supervisor = users.add("superintendent", Role.SUPERINTENDENT, "durham", "long enough password");
        seed(app.getBean(CaseHandling.class), officer, supervisor);
        env = Map.of(
                "CRS_HOME", home.toString(),
                "CRS_DATABASE_URL", url,
                "CRS_DATABASE_USER", user,
                "CRS_DATABASE_PASSWORD", password);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static String month() {
        return YearMonth.now(ZoneOffset.UTC).toString();
    }

    @Test
    void theInternalStatementCountsTheClosedCasesExactly() throws Exception {
        CliRun run = CliRun.with(
                env, "", "compliance", "--force", "durham", "--from", month(), "--to", month(), "--internal");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.path("internal").asBoolean()).isTrue();
        JsonNode total = doc.path("total");
        assertThat(total.path("closed").asLong()).isEqualTo(12);
        assertThat(total.path("withVictim").asLong()).isEqualTo(12);
        assertThat(total.path("victimConsented").asLong()).isEqualTo(12);
        assertThat(total.path("conditionsCompleted").asLong()).isEqualTo(12);
        assertThat(total.path("againstPolicy").asLong()).isZero();
        assertThat(total.path("rates").path("victimConsented").path("rate").asDouble())
                .isEqualTo(1.0);
        assertThat(doc.path("againstPolicy").isArray()).isTrue();
        assertThat(doc.path("againstPolicy")).isEmpty();
        assertThat(doc.path("methods").asString()).contains("INTERNAL");
    }

    @Test
    void thePublishedStatementIsPerturbedStatesItsMethodAndListsNoCases() throws Exception {
        CliRun run = CliRun.with(env, "", "compliance", "--force", "durham", "--from", month(), "--to", month());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.path("internal").asBoolean()).isFalse();
        assertThat(doc.path("total").path("closed").asLong()).isBetween(10L, 14L);
        assertThat(doc.has("againstPolicy")).isFalse();
        assertThat(doc.path("methods").asString()).contains("cell key method").contains("ons.gov.uk");
        // The same request twice gives the same figures: nothing to average away.
        assertThat(CliRun.with(env, "", "compliance", "--force", "durham", "--from", month(), "--to", month())
                        .out())
                .isEqualTo(run.out());

        CliRun html = CliRun.with(
                env, "", "compliance", "--force", "durham", "--from", month(), "--to", month(), "--format", "html");
        assertThat(html.out()).contains("<h2>Methods</h2>").contains("cell key method");
        CliRun csv = CliRun.with(
                env, "", "compliance", "--force", "durham", "--from", month(), "--to", month(), "--format", "csv");
        assertThat(csv.out()).startsWith("month,closed,").contains("cell key method");
    }

    @Test
    void badOptionsExitTwoNamingTheOption() {
        CliRun month = CliRun.with(env, "", "compliance", "--force", "durham", "--from", "2025-13", "--to", "2026-01");
        assertThat(month.exitCode()).isEqualTo(2);
        assertThat(month.err()).contains("--from must be a month as YYYY-MM, found '2025-13'");
        CliRun order = CliRun.with(env, "", "compliance", "--force", "durham", "--from", "2026-02", "--to", "2026-01");
        assertThat(order.exitCode()).isEqualTo(2);
        assertThat(order.err()).contains("--from 2026-02 is after --to 2026-01");
        CliRun force = CliRun.with(env, "", "compliance", "--force", "atlantis", "--from", month(), "--to", month());
        assertThat(force.exitCode()).isEqualTo(2);
        assertThat(force.err()).contains("--force");
        CliRun format = CliRun.with(
                env, "", "compliance", "--force", "durham", "--from", month(), "--to", month(), "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be json, csv or html");
    }

    static void seed(CaseHandling handling, User officer, User supervisor) {
        for (int i = 0; i < 12; i++) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("force", "durham");
            facts.put(
                    "offence",
                    Map.of(
                            "code",
                            "46",
                            "date",
                            LocalDate.now(ZoneOffset.UTC).minusDays(3).toString()));
            facts.put(
                    "offender",
                    Map.of(
                            "age", 20 + i,
                            "acceptsResponsibility", true,
                            "appropriateAdultPresent", false,
                            "history", List.of(),
                            "name", "Offender " + i,
                            "dateOfBirth", "1990-01-1" + (i % 9),
                            "contact", "0770090" + (1000 + i)));
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
                            "wants an apology",
                            "name",
                            "Victim " + i,
                            "contact",
                            "v" + i + "@example.org"));
            facts.put(
                    "circumstances",
                    Map.of(
                            "domesticAbuse", false,
                            "intimatePartner", false,
                            "hateAggravated", false,
                            "weapon", false,
                            "injury", "NONE",
                            "vulnerableVictim", false,
                            "childVictim", false));
            facts.put("aggravating", List.of());
            facts.put("mitigating", List.of());
            facts.put("evidenceSufficient", true);
            facts.put("rationale", "first offence, admitted");
            Opening opening = handling.open(officer, new OpenCase(JSON.writeValueAsBytes(facts)));
            assertThat(opening).as(opening.toString()).isInstanceOf(Opening.Opened.class);
            CaseId id = ((Opening.Opened) opening).record().kase().id();
            if (((Opening.Opened) opening).record().kase().status() == CaseStatus.AWAITING_AUTHORISATION) {
                ok(handling.authorise(supervisor, id, null, true, "agreed"));
            }
            ok(handling.agree(
                    officer,
                    id,
                    null,
                    new Agreement(
                            true,
                            "asks for a letter",
                            true,
                            null,
                            List.of(new Condition(
                                    1,
                                    ConditionType.APOLOGY,
                                    "written apology",
                                    LocalDate.now(ZoneOffset.UTC).plusDays(30),
                                    null,
                                    null)))));
            ok(handling.recordOutcome(officer, id, null, 1, ConditionOutcome.Status.COMPLETED, "letter seen"));
            ok(handling.close(officer, id, null, CaseStatus.COMPLETED, true));
        }
    }

    static void ok(CommandResult<?> result) {
        assertThat(result).as(result.toString()).isInstanceOf(CommandResult.Done.class);
    }
}
