package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.web.Workflow.ok;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.crs.Crs;
import uk.crs.audit.ChainRewrite;
import uk.crs.testing.PostgresServer;

/**
 * {@code crs audit verify} checks the records, not only the log (issue 9): each kind of edit made directly in the
 * tables is named, and a consistent rewrite of the whole chain is caught by a signed checkpoint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditRecordsIT {

    RunningCrs crs;
    Map<String, String> env;
    Path home;
    String agreed;
    String authorised;

    @BeforeAll
    void start() throws Exception {
        PostgresServer pg = PostgresServer.get();
        String url = pg.createDatabase("records");
        home = Files.createTempDirectory("crs-records");
        crs = new RunningCrs(url, pg.user(), pg.password(), home);
        env = Map.of(
                "CRS_HOME", home.toString(),
                "CRS_DATABASE_URL", url,
                "CRS_DATABASE_USER", pg.user(),
                "CRS_DATABASE_PASSWORD", pg.password());
        Workflow workflow = new Workflow(crs.api);
        agreed = workflow.create(CaseFixtures.permitted());
        ok(crs.api.post("officer", "/api/cases/" + agreed + "/agreement", CaseFixtures.agreement("APOLOGY")));
        authorised = workflow.create(CaseFixtures.needsSergeant());
        ok(crs.api.post(
                "sergeant",
                "/api/cases/" + authorised + "/authorisation",
                Map.of("decision", "APPROVE", "rationale", "proportionate")));
        ok(crs.api.get("officer", "/api/cases/" + agreed)); // a read: audited, but vouches for nothing
    }

    @AfterAll
    void stop() {
        if (crs != null) {
            crs.close();
        }
    }

    @Test
    void namesEachRecordChangedInTheTables() {
        Run intact = verify();
        assertThat(intact.code()).as(intact.out()).isZero();
        assertThat(intact.out())
                .contains("audit chain OK", "records OK: 2 cases, " + crs.count("user_account") + " users");

        tampered(
                "UPDATE cases SET status = 'COMPLETED' WHERE id = '" + agreed + "'",
                "UPDATE cases SET status = 'AGREED' WHERE id = '" + agreed + "'",
                "case " + agreed + " disagrees with audit entry");
        tampered(
                "INSERT INTO case_authorisations (case_id, kind, by_user, by_role, rationale, at) VALUES ('" + agreed
                        + "', 'OVERRIDE', 'inspector', 'INSPECTOR', 'forged', now())",
                "DELETE FROM case_authorisations WHERE case_id = '" + agreed + "' AND kind = 'OVERRIDE'",
                "case " + agreed + " disagrees with audit entry");
        tampered(
                "UPDATE case_authorisations SET by_user = 'inspector' WHERE case_id = '" + authorised + "'",
                "UPDATE case_authorisations SET by_user = 'sergeant' WHERE case_id = '" + authorised + "'",
                "case " + authorised + " disagrees with audit entry");
        tampered(
                "UPDATE case_people SET name = 'Someone Else' WHERE case_id = '" + agreed + "' AND part = 'OFFENDER'",
                "UPDATE case_people SET name = '" + CaseFixtures.OFFENDER_NAME + "' WHERE case_id = '" + agreed
                        + "' AND part = 'OFFENDER'",
                "case " + agreed + " disagrees with audit entry");
        tampered(
                "UPDATE user_account SET user_role = 'SUPERINTENDENT' WHERE username = 'officer'",
                "UPDATE user_account SET user_role = 'OFFICER' WHERE username = 'officer'",
                "user officer disagrees with audit entry");
        tampered(
                "INSERT INTO user_account (username, password_hash, user_role, force_slug) SELECT 'intruder',"
                        + " password_hash, 'ADMIN', 'durham' FROM user_account WHERE username = 'officer'",
                "DELETE FROM user_account WHERE username = 'intruder'",
                "user intruder has no audit entry");
        assertThat(verify().code()).as("every edit was undone").isZero();
    }

    @Test
    void aSignedCheckpointCatchesAConsistentRewriteOfTheWholeChain() throws Exception {
        Path checkpoint = home.resolve("published.checkpoint");
        Run written = run("audit", "checkpoint", "--out", checkpoint.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("audit-signing.key"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(checkpoint)).startsWith("crs audit checkpoint v1\nentries: ");

        Run extended = run("audit", "verify", "--checkpoint", checkpoint.toString());
        assertThat(extended.code()).as(extended.out() + extended.err()).isZero();
        assertThat(extended.out()).contains("checkpoint OK");

        String forged = Files.readString(checkpoint).replaceFirst("entries: \\d+", "entries: 1");
        Path edited = home.resolve("edited.checkpoint");
        Files.writeString(edited, forged);
        Run invalid = run("audit", "verify", "--checkpoint", edited.toString());
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.out()).contains("NOT VALID");

        ChainRewrite.changeActor(crs.context.getBean(DataSource.class), 2, "someone-else");
        Run chainAlone = verify();
        assertThat(chainAlone.out())
                .as("the rewrite is consistent: the chain alone cannot show it")
                .contains("audit chain OK");
        Run caught = run("audit", "verify", "--checkpoint", checkpoint.toString());
        assertThat(caught.code()).as(caught.out()).isEqualTo(1);
        assertThat(caught.out()).contains("checkpoint BROKEN", "was rewritten");

        Run garbage = run(
                "audit",
                "verify",
                "--checkpoint",
                home.resolve("audit-signing.pub").toString());
        assertThat(garbage.code()).isEqualTo(2);
        assertThat(garbage.err()).contains("--checkpoint");
    }

    private void tampered(String edit, String undo, String named) {
        crs.sql.sql(edit).update();
        try {
            Run broken = verify();
            assertThat(broken.code()).as(edit + "\n" + broken.out()).isEqualTo(1);
            assertThat(broken.out()).as(edit).contains("records BROKEN: " + named);
        } finally {
            crs.sql.sql(undo).update();
        }
    }

    private Run verify() {
        return run("audit", "verify");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Crs.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}
}
