package uk.crs.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.crs.audit.AuditEvent;
import uk.crs.audit.AuditLog;
import uk.crs.users.User;

/**
 * The case workflow's commands. Each runs in one transaction that also appends its audit entry, so a case change and
 * its entry commit together; a refused command commits its entry alone.
 */
@Service
public class CaseHandling {

    /** The audit result of an accepted command; refusals use the {@link Refusal.Kind} name. */
    public static final String ACCEPTED = "ACCEPTED";

    private final Cases cases;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final CaseWriter writer;
    private final ConsentRules consentRules;

    CaseHandling(
            Cases cases,
            AuditLog audit,
            PlatformTransactionManager transactions,
            Clock clock,
            CaseWriter writer,
            ConsentRules consentRules) {
        this.cases = cases;
        this.consentRules = consentRules;
        this.writer = writer;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Creates a case from its decided facts; the officer's force becomes the case's force. The case and its audit
     * entry are committed (in a batch with other new cases) before this returns.
     */
    public CommandResult<CaseRecord> create(User by, NewCase details) {
        Instant now = clock.instant();
        CaseId id = CaseId.random();
        String payload = "facts=" + details.factsJson() + ";offender="
                + details.offender().ref() + ";victim="
                + (details.victim() == null ? "" : details.victim().ref());
        TransitionResult result = Case.create(
                id,
                by,
                details.decision().outcome(),
                details.decision().requiredAuthority(),
                OverrideRank.of(details.decision()),
                now);
        if (result instanceof TransitionResult.Rejected r) {
            return tx.execute(status -> refuse(by, id, CaseAction.CREATE, payload, r.refusal(), now));
        }
        Case created = ((TransitionResult.Accepted) result).next();
        AuditEvent event = event(by, id, CaseAction.CREATE, ACCEPTED, payload);
        try {
            // bounded so that a stuck store cannot hold request threads for ever
            writer.insert(created, details, event, now).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the case was being stored", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the case store did not confirm the new case within 60 s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new IllegalStateException("the case could not be stored", e.getCause());
        }
        return new CommandResult.Done<>(new CaseRecord(
                created,
                details.offenceCode(),
                details.decisionJson(),
                details.factsJson(),
                details.offender().ref(),
                details.victim() == null ? null : details.victim().ref(),
                null,
                List.of(),
                null,
                null,
                null));
    }

    /** Records that a create request was rejected as invalid before any case existed. */
    public void invalid(User by, CaseAction action, @Nullable CaseId id, String problems) {
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> append(by, id, action, "INVALID", problems, now));
    }

    public CommandResult<CaseRecord> authorise(
            User by, CaseId id, @Nullable Integer expectedVersion, boolean approve, String rationale) {
        CaseAction action = approve ? CaseAction.AUTHORISE : CaseAction.REFUSE;
        return command(
                by,
                id,
                expectedVersion,
                action,
                (approve ? "APPROVE:" : "REFUSE:") + rationale,
                (kase, now) -> kase.authorise(by, approve, rationale, now));
    }

    public CommandResult<CaseRecord> agree(User by, CaseId id, @Nullable Integer expectedVersion, Agreement agreement) {
        ConsentRule consent = consentRules.forCase(id);
        return command(
                by,
                id,
                expectedVersion,
                CaseAction.AGREE,
                agreement.toString(),
                (kase, now) -> kase.agree(by, agreement, consent, now));
    }

    public CommandResult<CaseRecord> recordOutcome(
            User by,
            CaseId id,
            @Nullable Integer expectedVersion,
            int conditionId,
            ConditionOutcome.Status result,
            String evidence) {
        return command(
                by,
                id,
                expectedVersion,
                CaseAction.RECORD_OUTCOME,
                conditionId + ":" + result + ":" + evidence,
                (kase, now) -> kase.recordOutcome(by, conditionId, result, evidence, now));
    }

    public CommandResult<CaseRecord> close(
            User by, CaseId id, @Nullable Integer expectedVersion, CaseStatus as, boolean victimInformed) {
        return command(
                by,
                id,
                expectedVersion,
                CaseAction.CLOSE,
                as + ":" + victimInformed,
                (kase, now) -> kase.close(by, as, victimInformed, now));
    }

    public CommandResult<CaseRecord> withdraw(
            User by, CaseId id, @Nullable Integer expectedVersion, @Nullable String reason) {
        return command(
                by,
                id,
                expectedVersion,
                CaseAction.WITHDRAW,
                String.valueOf(reason),
                (kase, now) -> kase.withdraw(by, reason, now));
    }

    /** A case of the user's force, without personal data; other forces' cases do not exist for them. */
    public Optional<CaseRecord> find(User by, CaseId id) {
        return cases.record(id).filter(r -> r.kase().force().equals(by.force()));
    }

    public List<CaseRecord> search(CaseQuery query) {
        return cases.search(query);
    }

    /** The people of a case, for police roles only; every read, allowed or not, is audited. */
    public CommandResult<List<Person>> people(User by, CaseId id) {
        Instant now = clock.instant();
        return tx.execute(status -> {
            if (find(by, id).isEmpty()) {
                return refuse(by, id, CaseAction.READ_PERSONAL_DATA, "", notFound(id), now);
            }
            if (!Transitions.POLICE.contains(by.role())) {
                return refuse(
                        by,
                        id,
                        CaseAction.READ_PERSONAL_DATA,
                        "",
                        new Refusal(
                                Refusal.Kind.ROLE_NOT_PERMITTED,
                                "the role " + by.role() + " may not read the people of a case"),
                        now);
            }
            append(by, id, CaseAction.READ_PERSONAL_DATA, ACCEPTED, "", now);
            return new CommandResult.Done<>(cases.people(id));
        });
    }

    /** Runs one command: read, decide, write only if the version is unchanged, and audit whatever happens. */
    private CommandResult<CaseRecord> command(
            User by, CaseId id, @Nullable Integer expectedVersion, CaseAction action, String payload, Step step) {
        Instant now = clock.instant();
        try {
            return tx.execute(status -> {
                Case kase =
                        cases.find(id).filter(c -> c.force().equals(by.force())).orElse(null);
                if (kase == null) {
                    return refuse(by, id, action, payload, notFound(id), now);
                }
                if (expectedVersion != null && expectedVersion != kase.version()) {
                    return refuse(by, id, action, payload, conflict(expectedVersion, kase.version()), now);
                }
                TransitionResult result = step.apply(kase, now);
                if (result instanceof TransitionResult.Rejected r) {
                    return refuse(by, id, action, payload, r.refusal(), now);
                }
                if (!cases.apply(kase, (TransitionResult.Accepted) result)) {
                    // nothing was written: the UPDATE matched no row at the version read
                    return refuse(by, id, action, payload, raced(id), now);
                }
                CaseRecord after = cases.record(id).orElseThrow();
                // the audit append comes last: it holds the audit chain's lock until the commit. An accepted
                // change's entry carries the digest of the case as it now stands, which verification re-checks.
                audit.append(stateEvent(by, id, action), now);
                return new CommandResult.Done<>(after);
            });
        } catch (ConcurrencyFailureException | DuplicateKeyException lostRace) {
            // H2 reports a concurrent change of the same row as an exception where PostgreSQL reports 0 rows
            return concurrentChange(by, id, action, payload, now);
        }
    }

    private CommandResult<CaseRecord> concurrentChange(
            User by, CaseId id, CaseAction action, String payload, Instant now) {
        return tx.execute(status -> refuse(by, id, action, payload, raced(id), now));
    }

    private <T> CommandResult<T> refuse(
            User by, @Nullable CaseId id, CaseAction action, String payload, Refusal refusal, Instant now) {
        append(by, id, action, refusal.kind().name(), payload, now);
        return new CommandResult.Refused<>(refusal);
    }

    private void append(User by, @Nullable CaseId id, CaseAction action, String result, String payload, Instant now) {
        audit.append(event(by, id, action, result, payload), now);
    }

    private static AuditEvent event(User by, @Nullable CaseId id, CaseAction action, String result, String payload) {
        return new AuditEvent(
                by.username(),
                by.role().name(),
                by.force(),
                id == null ? null : id.value(),
                action.name(),
                result,
                AuditLog.digest(payload));
    }

    private AuditEvent stateEvent(User by, CaseId id, CaseAction action) {
        return new AuditEvent(
                by.username(),
                by.role().name(),
                by.force(),
                id.value(),
                action.name(),
                ACCEPTED,
                CaseState.digest(audit, id));
    }

    private static Refusal notFound(CaseId id) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "no case " + id + " in your force");
    }

    private static Refusal raced(CaseId id) {
        return new Refusal(
                Refusal.Kind.CONFLICT,
                "case " + id + " was changed by someone else at the same time; read it again and retry");
    }

    private static Refusal conflict(int expected, int actual) {
        return new Refusal(
                Refusal.Kind.CONFLICT,
                "the case is at version " + actual + ", not " + expected + " as given; read it again and retry");
    }

    /** One command's decision on a case read at {@code now}. */
    @FunctionalInterface
    private interface Step {
        TransitionResult apply(Case kase, Instant now);
    }
}
