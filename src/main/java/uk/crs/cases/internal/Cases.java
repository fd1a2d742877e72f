package uk.crs.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.crs.cases.Case;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseQuery;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.cases.NewCase;
import uk.crs.cases.Person;
import uk.crs.cases.TransitionResult;
import uk.crs.policy.Rank;

/** The case store's case tables over JDBC; SQL that runs unchanged on PostgreSQL and H2 (PostgreSQL mode). */
@Repository
public class Cases {

    private static final String CASE_COLUMNS =
            "id, force, officer, status, version, required_authority, override_authority, created_at, updated_at";

    private final JdbcClient jdbc;
    private final CaseChanges changes;

    public Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.changes = new CaseChanges(jdbc);
    }

    /** Inserts a new case with its people; the caller's transaction makes it all-or-nothing. */
    public void insert(Case kase, NewCase details) {
        var d = details.decision();
        jdbc.sql("INSERT INTO cases (id, force, status, version, officer, offence_code, offence_date, outcome,"
                        + " required_authority, override_authority, gravity_score, policy_id, policy_version,"
                        + " policy_sha256, facts_json, decision_json, offender_ref, victim_ref, created_at, updated_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(java.util.Arrays.asList(
                        kase.id().value(),
                        kase.force(),
                        kase.status().name(),
                        kase.version(),
                        kase.officer(),
                        details.offenceCode(),
                        details.offenceDate(),
                        d.outcome().name(),
                        kase.requiredAuthority().name(),
                        kase.overrideAuthority().name(),
                        d.gravityScore(),
                        d.policy().id(),
                        d.policy().version(),
                        d.policy().sha256(),
                        details.factsJson(),
                        details.decisionJson(),
                        details.offender().ref(),
                        details.victim() == null ? null : details.victim().ref(),
                        utc(kase.createdAt()),
                        utc(kase.updatedAt())))
                .update();
        insertPerson(kase.id(), "OFFENDER", details.offender());
        if (details.victim() != null) {
            insertPerson(kase.id(), "VICTIM", details.victim());
        }
    }

    private void insertPerson(CaseId id, String part, Person p) {
        jdbc.sql("INSERT INTO case_people (case_id, part, ref, name, date_of_birth, contact) VALUES (?,?,?,?,?,?)")
                .params(java.util.Arrays.asList(id.value(), part, p.ref(), p.name(), p.dateOfBirth(), p.contact()))
                .update();
    }

    /**
     * Stores an accepted command, if the case is still at the version it was read at.
     *
     * @return false when someone else changed the case first (nothing is written)
     */
    public boolean apply(Case before, TransitionResult.Accepted accepted) {
        Case after = accepted.next();
        int updated = jdbc.sql("UPDATE cases SET status = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?")
                .params(java.util.Arrays.asList(
                        after.status().name(),
                        after.version(),
                        utc(after.updatedAt()),
                        before.id().value(),
                        before.version()))
                .update();
        if (updated == 0) {
            return false;
        }
        changes.write(after, accepted.event());
        return true;
    }

    public Optional<Case> find(CaseId id) {
        Optional<Case> kase = jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE id = ?")
                .param(id.value())
                .query((rs, n) -> caseFrom(rs, List.of()))
                .optional();
        return kase.map(c -> withConditions(c, conditions(id)));
    }

    public Optional<CaseRecord> record(CaseId id) {
        return find(id).flatMap(kase -> jdbc.sql("SELECT * FROM cases WHERE id = ?")
                .param(id.value())
                .query((rs, n) -> new CaseDetailsReader(jdbc).read(kase, rs))
                .optional());
    }

    /** Cases of one force, newest first, filtered by status and creation date (both optional). */
    public List<CaseRecord> search(CaseQuery query) {
        StringBuilder sql = new StringBuilder("SELECT id FROM cases WHERE force = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(query.force()));
        if (query.status() != null) {
            sql.append(" AND status = ?");
            params.add(query.status().name());
        }
        if (query.from() != null) {
            sql.append(" AND created_at >= ?");
            params.add(utc(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND created_at < ?");
            params.add(utc(query.to()));
        }
        sql.append(" ORDER BY created_at DESC, id LIMIT ").append(query.limit());
        List<String> ids =
                jdbc.sql(sql.toString()).params(params).query(String.class).list();
        return ids.stream().map(i -> record(new CaseId(i)).orElseThrow()).toList();
    }

    /** The people of a case, read only through an audited command. */
    public List<Person> people(CaseId id) {
        return jdbc.sql("SELECT ref, name, date_of_birth, contact FROM case_people WHERE case_id = ? ORDER BY part")
                .param(id.value())
                .query((rs, n) -> new Person(
                        rs.getString("ref"),
                        rs.getString("name"),
                        rs.getObject("date_of_birth", java.time.LocalDate.class),
                        rs.getString("contact")))
                .list();
    }

    /** Records that an inspector or above found the case relevant to enhanced checks. */
    public void markDisclosureRelevant(CaseId id, CaseRecord.DisclosureMark mark) {
        jdbc.sql("DELETE FROM case_disclosure_marks WHERE case_id = ?")
                .param(id.value())
                .update();
        jdbc.sql("INSERT INTO case_disclosure_marks (case_id, by_user, by_role, reason, at) VALUES (?,?,?,?,?)")
                .params(java.util.Arrays.asList(id.value(), mark.by(), mark.role(), mark.reason(), utc(mark.at())))
                .update();
    }

    /** The cases whose offender has this pseudonymous reference. */
    public List<CaseRecord> forOffender(String ref) {
        return jdbc
                .sql("SELECT id FROM cases WHERE offender_ref = ? ORDER BY created_at")
                .param(ref)
                .query(String.class)
                .list()
                .stream()
                .map(i -> record(new CaseId(i)).orElseThrow())
                .toList();
    }

    public int count() {
        return jdbc.sql("SELECT count(*) FROM cases").query(Integer.class).single();
    }

    private List<Condition> conditions(CaseId id) {
        return jdbc.sql("SELECT * FROM case_conditions WHERE case_id = ? ORDER BY condition_id")
                .param(id.value())
                .query((rs, n) -> CaseDetailsReader.condition(rs))
                .list();
    }

    private static Case withConditions(Case c, List<Condition> conditions) {
        return new Case(
                c.id(),
                c.force(),
                c.officer(),
                c.status(),
                c.version(),
                c.requiredAuthority(),
                c.overrideAuthority(),
                conditions,
                c.createdAt(),
                c.updatedAt());
    }

    private static Case caseFrom(ResultSet rs, List<Condition> conditions) throws SQLException {
        return new Case(
                new CaseId(rs.getString("id")),
                rs.getString("force"),
                rs.getString("officer"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                Rank.valueOf(rs.getString("required_authority")),
                Rank.valueOf(rs.getString("override_authority")),
                conditions,
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
