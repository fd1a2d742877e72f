package uk.crs.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.crs.cases.internal.Cases;

/**
 * Closed cases for independent scrutiny: the eligible cases of a period, and one case's record and people so that
 * a panel pack can be built and redacted. Read only; the caller (uk.crs.scrutiny) audits what it builds from them,
 * and never stores or shows the people it is given.
 */
@Service
public class ClosedCases {

    /** The statuses of a CR that ran its course: its conditions were completed, or not. */
    public static final List<CaseStatus> CLOSED = List.of(CaseStatus.COMPLETED, CaseStatus.NOT_COMPLETED);

    private final Cases cases;
    private final JdbcClient jdbc;

    ClosedCases(Cases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** Closed cases read straight from a case store, for a command that runs without the application. */
    public static ClosedCases reading(DataSource store) {
        JdbcClient jdbc = JdbcClient.create(store);
        return new ClosedCases(new Cases(jdbc), jdbc);
    }

    /** The cases of these forces closed in [from, to), in ascending order of id. */
    public List<CaseRecord> closedIn(Collection<String> forces, Instant from, Instant to) {
        List<CaseRecord> found = new ArrayList<>();
        for (String force : forces.stream().sorted().toList()) {
            List<String> ids = jdbc.sql("SELECT id FROM cases WHERE force = ? AND status IN (?, ?)"
                            + " AND closed_at >= ? AND closed_at < ? ORDER BY id")
                    .params(
                            force,
                            CLOSED.get(0).name(),
                            CLOSED.get(1).name(),
                            OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
                            OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                    .query(String.class)
                    .list();
            ids.forEach(id -> cases.record(new CaseId(id)).ifPresent(found::add));
        }
        return found;
    }

    /** One case, if it exists and is closed. */
    public Optional<CaseRecord> closed(CaseId id) {
        return cases.record(id).filter(r -> CLOSED.contains(r.kase().status()));
    }

    /** The people of a case, only to redact them from its free text. */
    public List<Person> peopleToRedact(CaseId id) {
        return cases.people(id);
    }

    /** How many CRs the same offender had before this one was created. */
    public int earlierCases(CaseRecord record) {
        return (int) cases.forOffender(record.offenderRef()).stream()
                .filter(r -> r.kase().createdAt().isBefore(record.kase().createdAt()))
                .count();
    }
}
