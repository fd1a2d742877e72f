package uk.crs.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import uk.crs.cases.internal.CaseSubmissions;
import uk.crs.cases.internal.CaseSubmissions.Submission;
import uk.crs.cases.internal.CaseWriter;
import uk.crs.cases.internal.Cases;
import uk.crs.cases.internal.PersonRefs;
import uk.crs.cases.internal.StoreMarkers;
import uk.crs.decision.Decider;
import uk.crs.decision.Decision;
import uk.crs.decision.DecisionJson;
import uk.crs.decision.FieldError;
import uk.crs.users.User;

/**
 * The case workflow's use cases, one public method each; the REST controllers, the web pages and demo seeding are
 * adapters that turn their input into these arguments and map the answer.
 *
 * <ul>
 *   <li>{@link #open(User, OpenCase)}: read the submitted facts and people, decide under the force's policy,
 *       pseudonymise the people and store the case; answers {@link Opening} (opened, invalid naming every field, or
 *       refused).
 *   <li>{@link #authorise}, {@link #agree}, {@link #recordOutcome}, {@link #close}, {@link #withdraw}: one transition
 *       each, checked against {@link Transitions} and the case's version; answers {@link CommandResult} (the case as
 *       stored afterwards, or the {@link Refusal}).
 *   <li>{@link #find}, {@link #search}, {@link #people}: reads, limited to the user's force; reading the people is
 *       audited.
 *   <li>{@link #invalid}: records a request an adapter refused as unreadable before it reached a use case.
 * </ul>
 *
 * <p>Each command runs in one transaction that also appends its audit entry, so a case change and its entry commit
 * together; a refused command commits its entry alone. Time comes from the {@link Clock} bean.
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
    private final CaseSubmissions submissions;
    private final Decider decider;
    private final DecisionJson decisionJson;
    private final PersonRefs refs;
    private final StoreMarkers markers;

    CaseHandling(
            Cases cases,
            AuditLog audit,
            PlatformTransactionManager transactions,
            Clock clock,
            CaseWriter writer,
            CaseSubmissions submissions,
            Decider decider,
            DecisionJson decisionJson,
            PersonRefs refs,
            StoreMarkers markers,
            ConsentRules consentRules) {
        this.cases = cases;
        this.consentRules = consentRules;
        this.writer = writer;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.submissions = submissions;
        this.decider = decider;
        this.decisionJson = decisionJson;
        this.refs = refs;
        this.markers = markers;
    }

    /**
     * Opens a case: reads the submission once, decides it under the policy of the user's force in force today,
     * replaces the people by pseudonymous references (their names and contacts go to the people table only) and
     * stores the case with its audit entry. The user's force becomes the case's force. An invalid submission is
     * audited as {@code INVALID} and stores nothing.
     */
    public Opening open(User by, OpenCase request) {
        LocalDate today = LocalDate.now(clock);
        Submission read = submissions.read(request.json(), by.force(), today);
        if (read instanceof Submission.Invalid invalid) {
            invalid(by, CaseAction.CREATE, null, describe(invalid.errors()));
            return new Opening.Invalid(invalid.errors());
        }
        Submission.Valid valid = (Submission.Valid) read;
        Decision decision = decider.decide(valid.facts(), today);
        Person offender = new Person(
                refs.offender(valid.offenderName(), valid.offenderDateOfBirth()),
                valid.offenderName(),
                valid.offenderDateOfBirth(),
                valid.offenderContact());
        Person victim = valid.victimName() == null
                ? null
                : new Person(refs.victim(), valid.victimName(), null, valid.victimContact());
        NewCase details = new NewCase(
                valid.facts().offence().code(),
                valid.facts().offence().date(),
                valid.factsJson(),
                decision,
                decisionJson.write(decision),
                offender,
                victim);
        CommandResult<CaseRecord> created = create(by, details);
        return created instanceof CommandResult.Done<CaseRecord> done
                ? new Opening.Opened(done.value())
                : new Opening.Refused(((CommandResult.Refused<CaseRecord>) created).refusal());
    }

    /**
     * Runs {@code seeding} once per store: not at all when the marker is already stored, otherwise followed by storing
     * the marker (so a seeding that throws is tried again at the next start).
     *
     * @return whether the seeding ran
     */
    public boolean seedOnce(String marker, Runnable seeding) {
        if (markers.has(marker)) {
            return false;
        }
        seeding.run();
        markers.add(marker);
        return true;
    }

    /** Problems as the audit payload records them: {@code [field: problem, ...]}. */
    private static String describe(List<FieldError> errors) {
        return errors.stream()
                .map(e -> e.field() + ": " + e.problem())
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /**
     * Creates a case from its decided facts. The case and its audit entry are committed (in a batch with other new
     * cases) before this returns.
     */
    private CommandResult<CaseRecord> create(User by, NewCase details) {
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

    /** Records that a request for {@code action} was rejected as invalid, naming its problems. */
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
