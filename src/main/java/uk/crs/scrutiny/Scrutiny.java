package uk.crs.scrutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.audit.AuditEvent;
import uk.crs.audit.AuditLog;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.ClosedCases;
import uk.crs.disclosure.CellKeyPerturbation;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;
import uk.crs.scrutiny.StratifiedSample.EligibleCase;
import uk.crs.scrutiny.StratifiedSample.StratumSpec;
import uk.crs.scrutiny.internal.ScrutinyJson;
import uk.crs.scrutiny.internal.ScrutinyStore;
import uk.crs.scrutiny.internal.ScrutinyStore.MeetingRow;
import uk.crs.scrutiny.internal.ScrutinyStore.PackRow;
import uk.crs.scrutiny.internal.ScrutinyStore.SampleRow;
import uk.crs.users.Role;
import uk.crs.users.User;
import uk.crs.users.Users;

/**
 * The scrutiny panels' use cases over the store, one public method each; the REST API, the pages and demo seeding
 * are adapters over them. Time is passed in; refusals are {@link Answer.Refused} values and change nothing.
 *
 * <p>Each change runs in one transaction with its audit entry (action {@code SCRUTINY_*}, a digest of what changed,
 * never personal data); a refusal is audited on its own with the refusal's code as the result. Who may do what, on
 * the server:
 *
 * <ul>
 *   <li>ADMIN creates panels and adds members (accounts with the PANEL_MEMBER or PANEL_CHAIR role).
 *   <li>A member sees only their own panels' meetings and packs; anyone else is told they do not exist.
 *   <li>The chair (a PANEL_CHAIR member) schedules, cancels and holds meetings, commits the seed, freezes the
 *       manifest, reveals the seed, records conclusions and publishes reports.
 *   <li>A pack is released once a member other than the one who built it confirms its redaction.
 *   <li>A voting member records one blind verdict a case and sees others' only after recording their own.
 *   <li>A SERGEANT or above of the case's force reads and acknowledges feedback for its officers.
 * </ul>
 */
@Service
public class Scrutiny {

    /** Prefix of every audit action of this feature. */
    public static final String AUDIT_PREFIX = "SCRUTINY_";

    private static final Pattern PANEL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern REASON_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final int MAX_TEXT = 2000;
    private static final int MAX_DRAWN = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ScrutinyStore store;
    private final ClosedCases cases;
    private final AuditLog audit;
    private final Users users;
    private final TransactionTemplate tx;
    private final Forces forces = Forces.standard();

    public Scrutiny(
            ScrutinyStore store,
            ClosedCases cases,
            AuditLog audit,
            Users users,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.users = users;
        this.tx = new TransactionTemplate(transactions);
    }

    // ---- views

    /** A meeting as a member sees it in a list. */
    public record MeetingSummary(
            String id,
            String panelId,
            LocalDate date,
            Meeting.Status status,
            @Nullable String cancellationReason,
            int packs,
            int released,
            int myVerdicts,
            int concluded) {}

    /** A pack in a meeting's list, with where the user stands on it. */
    public record PackSummary(
            String caseRef,
            boolean released,
            boolean mayConfirm,
            @Nullable Assessment myVerdict,
            @Nullable Assessment conclusion,
            int verdicts,
            @Nullable String carriedFrom) {}

    /** An opened pack: the pack, the verdicts the user may see, the conclusion, and what the user may do next. */
    public record OpenedPack(
            String meetingId,
            Pack pack,
            Map<String, Review.MemberVerdict> visibleVerdicts,
            Review.@Nullable Conclusion conclusion,
            boolean mayRecordVerdict,
            boolean mayConclude,
            int verdictsRecorded) {}

    /** Feedback as a supervisor sees it: the officer is named to them (they supervise the officer). */
    public record FeedbackNotice(String meetingId, Feedback feedback, @Nullable String officer) {}

    /** A stratum of a plan as requested; checked before anything is stored. */
    public record Stratum(String name, @Nullable String theme, List<String> offenceCodes, int size) {}

    // ---- panels and members

    public Answer<Panel> createPanel(User by, String id, String name, List<String> forceSlugs, Instant now) {
        return run(by, null, "PANEL_CREATE", id + "|" + name + "|" + forceSlugs, now, () -> {
            if (by.role() != Role.ADMIN) {
                return Answer.forbidden("not-admin", "only an administrator creates panels");
            }
            if (!PANEL_ID.matcher(id).matches()) {
                return Answer.invalid(
                        "invalid-panel-id", "id: expected 1 to 64 lower-case letters, digits and hyphens");
            }
            if (name.isBlank() || name.length() > 200) {
                return Answer.invalid("invalid-name", "name: expected 1 to 200 characters");
            }
            if (forceSlugs.isEmpty()) {
                return Answer.invalid("invalid-forces", "forces: a panel serves at least one force");
            }
            for (String slug : forceSlugs) {
                if (forces.bySlug(slug).isEmpty()) {
                    return Answer.invalid("invalid-forces", "forces: unknown force '" + slug + "'");
                }
            }
            if (store.panelExists(id)) {
                return Answer.conflict("panel-exists", "panel " + id + " already exists");
            }
            store.insertPanel(id, name.strip(), forceSlugs, now);
            return Answer.done(store.panel(id).orElseThrow());
        });
    }

    /** Adds an account as a member; a PANEL_CHAIR account chairs the panel. */
    public Answer<Panel> addMember(
            User by, String panelId, String username, Agency agency, boolean voting, Instant now) {
        return run(by, null, "MEMBER_ADD", panelId + "|" + username + "|" + agency + "|" + voting, now, () -> {
            if (by.role() != Role.ADMIN) {
                return Answer.forbidden("not-admin", "only an administrator adds panel members");
            }
            Panel panel = store.panel(panelId).orElse(null);
            if (panel == null) {
                return Answer.notFound("no-panel", "no panel " + panelId);
            }
            User account = users.find(username).orElse(null);
            if (account == null || (account.role() != Role.PANEL_MEMBER && account.role() != Role.PANEL_CHAIR)) {
                return Answer.invalid(
                        "not-panel-account", "username: " + username + " is not a PANEL_MEMBER or PANEL_CHAIR account");
            }
            if (panel.member(username).isPresent()) {
                return Answer.conflict("member-exists", username + " is already a member of " + panelId);
            }
            store.insertMember(
                    panelId, new Member(username, agency, voting, account.role() == Role.PANEL_CHAIR, Set.of(), null));
            return Answer.done(store.panel(panelId).orElseThrow());
        });
    }

    /** The panels the user sits on (an administrator sees every panel). */
    public List<Panel> panels(User by) {
        return by.role() == Role.ADMIN ? store.panels() : store.panelsOf(by.username());
    }

    public Answer<Panel> panel(User by, String panelId) {
        return memberOf(by, panelId)
                .map(m -> Answer.done(store.panel(panelId).orElseThrow()))
                .orElseGet(() -> Answer.notFound("no-panel", "no panel " + panelId));
    }

    public Answer<Panel> acceptTerms(User by, String panelId, Instant now) {
        return run(by, null, "TERMS_ACCEPT", panelId, now, () -> {
            if (memberOf(by, panelId).isEmpty()) {
                return Answer.notFound("no-panel", "no panel " + panelId);
            }
            store.acceptTerms(panelId, by.username(), now);
            return Answer.done(store.panel(panelId).orElseThrow());
        });
    }

    /** Declares a conflict with a case reference or an officer token; declarations cannot be withdrawn here. */
    public Answer<Panel> declareConflict(User by, String panelId, String subject, Instant now) {
        return run(by, null, "CONFLICT_DECLARE", panelId + "|" + subject, now, () -> {
            if (memberOf(by, panelId).isEmpty()) {
                return Answer.notFound("no-panel", "no panel " + panelId);
            }
            if (!subject.matches("[A-Za-z0-9-]{1,64}")) {
                return Answer.invalid("invalid-subject", "subject: expected a case reference or an officer token");
            }
            store.declareConflict(panelId, by.username(), subject);
            return Answer.done(store.panel(panelId).orElseThrow());
        });
    }

    // ---- meetings

    public Answer<MeetingSummary> schedule(User by, String panelId, LocalDate date, Instant now) {
        String id = panelId + "-" + date;
        return run(by, null, "MEETING_SCHEDULE", id, now, () -> {
            Answer<Member> chair = chairOf(by, panelId);
            if (chair instanceof Answer.Refused<Member> r) {
                return r.as();
            }
            if (store.meetingExists(id)) {
                return Answer.conflict("meeting-exists", "panel " + panelId + " already meets on " + date);
            }
            store.insertMeeting(id, panelId, date);
            return Answer.done(summary(by, store.meeting(id).orElseThrow()));
        });
    }

    public Answer<MeetingSummary> cancel(User by, String meetingId, String reason, Instant now) {
        return run(by, null, "MEETING_CANCEL", meetingId + "|" + reason, now, () -> {
            Answer<MeetingRow> meeting = chairsMeeting(by, meetingId);
            if (meeting instanceof Answer.Refused<MeetingRow> r) {
                return r.as();
            }
            MeetingRow m = ((Answer.Done<MeetingRow>) meeting).value();
            if (reason.isBlank() || reason.length() > 500) {
                return Answer.invalid(
                        "invalid-reason", "reason: a cancelled meeting records why, in 1 to 500 characters");
            }
            if (m.status() != Meeting.Status.SCHEDULED) {
                return Answer.conflict("not-scheduled", "meeting " + meetingId + " is " + m.status());
            }
            store.setStatus(meetingId, Meeting.Status.CANCELLED, reason.strip(), null);
            return Answer.done(summary(by, store.meeting(meetingId).orElseThrow()));
        });
    }

    /** Records the meeting as held, with its minutes and the actions agreed. */
    public Answer<MeetingSummary> hold(
            User by, String meetingId, String minutes, List<Meeting.Action> actions, Instant now) {
        return run(by, null, "MEETING_HOLD", meetingId + "|" + minutes + "|" + actions, now, () -> {
            Answer<MeetingRow> meeting = chairsMeeting(by, meetingId);
            if (meeting instanceof Answer.Refused<MeetingRow> r) {
                return r.as();
            }
            MeetingRow m = ((Answer.Done<MeetingRow>) meeting).value();
            if (m.status() != Meeting.Status.SCHEDULED) {
                return Answer.conflict("not-scheduled", "meeting " + meetingId + " is " + m.status());
            }
            if (minutes.length() > 20_000) {
                return Answer.invalid("invalid-minutes", "minutes: at most 20000 characters");
            }
            for (Meeting.Action a : actions) {
                if (a.text().isBlank()
                        || a.text().length() > 1000
                        || a.owner().isBlank()
                        || a.owner().length() > 200) {
                    return Answer.invalid(
                            "invalid-action", "actions: each has a text (1-1000 characters) and an owner (1-200)");
                }
            }
            store.setStatus(meetingId, Meeting.Status.HELD, null, minutes);
            actions.forEach(a -> store.insertAction(meetingId, a));
            return Answer.done(summary(by, store.meeting(meetingId).orElseThrow()));
        });
    }

    public Answer<List<MeetingSummary>> meetings(User by, String panelId) {
        if (memberOf(by, panelId).isEmpty()) {
            return Answer.notFound("no-panel", "no panel " + panelId);
        }
        return Answer.done(
                store.meetingsOf(panelId).stream().map(m -> summary(by, m)).toList());
    }

    public Answer<MeetingSummary> meeting(User by, String meetingId) {
        return visibleMeeting(by, meetingId)
                .map(m -> Answer.done(summary(by, m)))
                .orElseGet(() -> Answer.notFound("no-meeting", "no meeting " + meetingId));
    }

    // ---- sampling

    /** Records the SHA-256 of a seed the chair keeps secret until the manifest is frozen. */
    public Answer<SampleRow> commitSeed(User by, String meetingId, String seedSha256, Instant now) {
        return run(by, null, "SEED_COMMIT", meetingId + "|" + seedSha256, now, () -> {
            Answer<MeetingRow> meeting = chairsMeeting(by, meetingId);
            if (meeting instanceof Answer.Refused<MeetingRow> r) {
                return r.as();
            }
            if (!SHA256.matcher(seedSha256).matches()) {
                return Answer.invalid("invalid-commitment", "seedSha256: expected 64 lower-case hex digits");
            }
            if (store.sample(meetingId).isPresent()) {
                return Answer.conflict("already-committed", "meeting " + meetingId + " already has a seed commitment");
            }
            store.commit(meetingId, seedSha256, now);
            return Answer.done(store.sample(meetingId).orElseThrow());
        });
    }

    /**
     * Freezes the manifest: the cases of the panel's forces closed in [from, to] (UTC days), put in strata by the
     * plan. Only after the seed is committed, and only once.
     */
    public Answer<SampleRow> freeze(
            User by, String meetingId, LocalDate from, LocalDate to, List<Stratum> plan, Instant now) {
        return run(by, null, "MANIFEST_FREEZE", meetingId + "|" + from + "|" + to + "|" + plan, now, () -> {
            Answer<MeetingRow> meeting = chairsMeeting(by, meetingId);
            if (meeting instanceof Answer.Refused<MeetingRow> r) {
                return r.as();
            }
            SampleRow sample = store.sample(meetingId).orElse(null);
            if (sample == null) {
                return Answer.conflict("not-committed", "commit the seed's SHA-256 before freezing the manifest");
            }
            if (sample.frozenAt() != null) {
                return Answer.conflict("already-frozen", "the manifest of " + meetingId + " is already frozen");
            }
            if (to.isBefore(from)) {
                return Answer.invalid("invalid-period", "to: the period ends before it starts");
            }
            Answer<List<StratumSpec>> specs = specs(plan);
            if (specs instanceof Answer.Refused<List<StratumSpec>> r) {
                return r.as();
            }
            List<StratumSpec> checked = ((Answer.Done<List<StratumSpec>>) specs).value();
            Panel panel = store.panel(
                            ((Answer.Done<MeetingRow>) meeting).value().panelId())
                    .orElseThrow();
            List<EligibleCase> eligible = new ArrayList<>();
            for (CaseRecord r : cases.closedIn(
                    panel.forces(),
                    from.atStartOfDay().toInstant(ZoneOffset.UTC),
                    to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
                eligible.add(new EligibleCase(r.kase().id().value(), r.offenceCode(), themes(r)));
            }
            // The manifests do not depend on the seed; the draw with the revealed seed repeats them exactly.
            StratifiedSample manifests;
            try {
                manifests = StratifiedSample.draw("manifest only", checked, eligible);
            } catch (IllegalArgumentException e) {
                return Answer.invalid("invalid-plan", "strata: " + e.getMessage());
            }
            store.freeze(meetingId, from, to, now, checked, manifests.strata(), eligible);
            return Answer.done(store.sample(meetingId).orElseThrow());
        });
    }

    /**
     * Reveals the seed: checks it against the commitment, draws every stratum, and builds the anonymised pack of
     * each drawn case and of each case carried over from an earlier meeting. Packs wait for a second member to
     * confirm their redaction.
     */
    public Answer<StratifiedSample> reveal(User by, String meetingId, String seed, Instant now) {
        return run(by, null, "SEED_REVEAL", meetingId + "|" + seed, now, () -> {
            Answer<MeetingRow> meeting = chairsMeeting(by, meetingId);
            if (meeting instanceof Answer.Refused<MeetingRow> r) {
                return r.as();
            }
            MeetingRow m = ((Answer.Done<MeetingRow>) meeting).value();
            SampleRow sample = store.sample(meetingId).orElse(null);
            if (sample == null || sample.frozenAt() == null) {
                return Answer.conflict("not-frozen", "freeze the manifest before revealing the seed");
            }
            if (sample.seed() != null) {
                return Answer.conflict("already-revealed", "the seed of " + meetingId + " is already revealed");
            }
            if (seed.isBlank() || seed.length() > 200 || !new SeedCommitment(sample.seedSha256()).matches(seed)) {
                return Answer.invalid("seed-mismatch", "seed: its SHA-256 is not the one committed");
            }
            StratifiedSample drawn = StratifiedSample.draw(seed, store.plan(meetingId), store.eligible(meetingId));
            Map<String, String> frozen = store.manifestHashes(meetingId);
            for (StratifiedSample.StratumDraw s : drawn.strata()) {
                if (!s.manifest().sha256().equals(frozen.get(s.name()))) {
                    throw new IllegalStateException("stratum " + s.name() + " no longer matches its frozen manifest");
                }
            }
            if (drawn.references().size() > MAX_DRAWN) {
                return Answer.invalid("sample-too-large", "a meeting reviews at most " + MAX_DRAWN + " cases");
            }
            store.reveal(meetingId, seed, now, drawn);
            for (String ref : drawn.references()) {
                buildPack(by, meetingId, ref, null, now);
            }
            store.toCarryOver(m.panelId(), m.date()).forEach((ref, from) -> buildPack(by, meetingId, ref, from, now));
            return Answer.done(drawn);
        });
    }

    /** The published draw of a revealed meeting, as anyone can repeat it. */
    public Optional<PanelReport.PublishedDraw> draw(String meetingId) {
        SampleRow sample = store.sample(meetingId).orElse(null);
        if (sample == null || sample.seed() == null) {
            return Optional.empty();
        }
        String seed = sample.seed();
        return Optional.of(new PanelReport.PublishedDraw(
                meetingId, seed, StratifiedSample.draw(seed, store.plan(meetingId), store.eligible(meetingId))));
    }

    private void buildPack(User by, String meetingId, String ref, @Nullable String carriedFrom, Instant now) {
        CaseId id = new CaseId(ref);
        CaseRecord record = cases.closed(id).orElseThrow(() -> new IllegalStateException("case " + ref + " vanished"));
        String force = record.kase().force();
        String forceArea = forces.bySlug(force).map(Force::name).orElse(force);
        Pack pack = PackBuilder.forPeople(cases.peopleToRedact(id))
                .build(
                        record,
                        audit.forCase(ref),
                        cases.earlierCases(record),
                        forceArea,
                        username -> store.token(force, username),
                        carriedFrom);
        String json = ScrutinyJson.write(pack);
        store.insertPack(
                new PackRow(meetingId, ref, pack.officerToken(), force, carriedFrom, json, by.username(), null), now);
        append(by, ref, "PACK_BUILD", "ACCEPTED", meetingId + "|" + json, now);
    }

    // ---- packs, verdicts, conclusions

    public Answer<List<PackSummary>> packs(User by, String meetingId) {
        MeetingRow m = visibleMeeting(by, meetingId).orElse(null);
        if (m == null) {
            return Answer.notFound("no-meeting", "no meeting " + meetingId);
        }
        List<PackSummary> list = new ArrayList<>();
        for (PackRow p : store.packs(meetingId)) {
            Review review = store.review(p);
            Review.MemberVerdict mine = review.verdicts().get(by.username());
            list.add(new PackSummary(
                    p.caseRef(),
                    p.released(),
                    !p.released() && !p.builtBy().equals(by.username()),
                    mine == null ? null : mine.assessment(),
                    review.conclusion() == null ? null : review.conclusion().assessment(),
                    review.verdicts().size(),
                    p.carriedFrom()));
        }
        return Answer.done(list);
    }

    /** A second member confirms a pack's redaction, which releases it to the panel. */
    public Answer<PackSummary> confirmRedaction(User by, String meetingId, String caseRef, Instant now) {
        return run(by, caseRef(caseRef), "PACK_CONFIRM", meetingId, now, () -> {
            MeetingRow m = visibleMeeting(by, meetingId).orElse(null);
            PackRow p = m == null ? null : store.pack(meetingId, caseRef).orElse(null);
            if (p == null) {
                return Answer.notFound("no-pack", "no pack " + caseRef + " in meeting " + meetingId);
            }
            if (p.released()) {
                return Answer.conflict("already-released", "the pack's redaction is already confirmed");
            }
            if (p.builtBy().equals(by.username())) {
                return Answer.forbidden("same-person", "a second person confirms the redaction, not whoever built it");
            }
            store.confirmPack(meetingId, caseRef, by.username(), now);
            return Answer.done(
                    packs(by, meetingId) instanceof Answer.Done<List<PackSummary>> d
                            ? d.value().stream()
                                    .filter(s -> s.caseRef().equals(caseRef))
                                    .findFirst()
                                    .orElseThrow()
                            : new PackSummary(caseRef, true, false, null, null, 0, null));
        });
    }

    /**
     * Opens a pack for reading; every opening is audited. Before the redaction is confirmed only members may read it
     * (to check it); a member with a declared conflict with the case or its officer may not.
     */
    public Answer<OpenedPack> open(User by, String meetingId, String caseRef, Instant now) {
        return run(by, caseRef(caseRef), "PACK_OPEN", meetingId, now, () -> {
            MeetingRow m = visibleMeeting(by, meetingId).orElse(null);
            PackRow p = m == null ? null : store.pack(meetingId, caseRef).orElse(null);
            if (m == null || p == null) {
                return Answer.notFound("no-pack", "no pack " + caseRef + " in meeting " + meetingId);
            }
            Panel panel = store.panel(m.panelId()).orElseThrow();
            Member member = panel.member(by.username()).orElse(null);
            if (member != null && member.conflictedWith(caseRef, p.officerToken())) {
                return Answer.forbidden("conflict", "you declared a conflict with this case");
            }
            if (member != null && member.termsAcceptedAt() == null) {
                return Answer.forbidden(
                        "terms-not-accepted", "accept the panel's terms of reference before reading packs");
            }
            return Answer.done(opened(by, panel, m, p));
        });
    }

    private OpenedPack opened(User by, Panel panel, MeetingRow m, PackRow p) {
        Review review = store.review(p);
        boolean canVote = p.released()
                && m.status() == Meeting.Status.SCHEDULED
                && review.recordVerdict(
                                panel,
                                by.username(),
                                new Review.MemberVerdict(Assessment.APPROPRIATE, Set.of(), "", Instant.EPOCH))
                        instanceof Review.Done;
        boolean canConclude = p.released()
                && m.status() == Meeting.Status.SCHEDULED
                && review.conclude(panel, by.username(), Assessment.APPROPRIATE, "", Instant.EPOCH)
                        instanceof Review.Done;
        return new OpenedPack(
                m.id(),
                ScrutinyJson.pack(p.json()),
                review.visibleTo(panel, by.username()),
                review.conclusion(),
                canVote,
                canConclude,
                review.verdicts().size());
    }

    /** Records a member's blind verdict on a released pack of a scheduled meeting. */
    public Answer<OpenedPack> recordVerdict(
            User by,
            String meetingId,
            String caseRef,
            Assessment assessment,
            Set<String> reasonCodes,
            String note,
            Instant now) {
        return run(
                by,
                caseRef(caseRef),
                "VERDICT",
                meetingId + "|" + assessment + "|" + reasonCodes + "|" + note,
                now,
                () -> {
                    MeetingRow m = visibleMeeting(by, meetingId).orElse(null);
                    PackRow p =
                            m == null ? null : store.pack(meetingId, caseRef).orElse(null);
                    if (m == null || p == null) {
                        return Answer.notFound("no-pack", "no pack " + caseRef + " in meeting " + meetingId);
                    }
                    Optional<Answer.Refused<Object>> bad = checkText(reasonCodes, note);
                    if (bad.isPresent()) {
                        return bad.get().as();
                    }
                    if (!p.released()) {
                        return Answer.conflict("not-released", "the pack's redaction has not been confirmed yet");
                    }
                    if (m.status() != Meeting.Status.SCHEDULED) {
                        return Answer.conflict("meeting-closed", "meeting " + meetingId + " is " + m.status());
                    }
                    Panel panel = store.panel(m.panelId()).orElseThrow();
                    Review.MemberVerdict verdict = new Review.MemberVerdict(assessment, reasonCodes, note.strip(), now);
                    Review.Result result = store.review(p).recordVerdict(panel, by.username(), verdict);
                    if (result instanceof Review.Refused r) {
                        return refusal(r);
                    }
                    store.insertVerdict(meetingId, caseRef, by.username(), verdict);
                    return Answer.done(opened(by, panel, m, p));
                });
    }

    /**
     * The chair records the panel's conclusion; INAPPROPRIATE and APPROPRIATE_WITH_OBSERVATIONS send feedback to the
     * officer's supervisors, UNABLE_TO_DETERMINE carries the case to the next meeting.
     */
    public Answer<OpenedPack> conclude(
            User by, String meetingId, String caseRef, Assessment assessment, String note, Instant now) {
        return run(by, caseRef(caseRef), "CONCLUDE", meetingId + "|" + assessment + "|" + note, now, () -> {
            MeetingRow m = visibleMeeting(by, meetingId).orElse(null);
            PackRow p = m == null ? null : store.pack(meetingId, caseRef).orElse(null);
            if (m == null || p == null) {
                return Answer.notFound("no-pack", "no pack " + caseRef + " in meeting " + meetingId);
            }
            Optional<Answer.Refused<Object>> bad = checkText(Set.of(), note);
            if (bad.isPresent()) {
                return bad.get().as();
            }
            if (by.role() != Role.PANEL_CHAIR) {
                return Answer.forbidden("not-chair", "only the panel's chair records its conclusion");
            }
            if (!p.released()) {
                return Answer.conflict("not-released", "the pack's redaction has not been confirmed yet");
            }
            if (m.status() != Meeting.Status.SCHEDULED) {
                return Answer.conflict("meeting-closed", "meeting " + meetingId + " is " + m.status());
            }
            Panel panel = store.panel(m.panelId()).orElseThrow();
            Review.Result result = store.review(p).conclude(panel, by.username(), assessment, note.strip(), now);
            if (result instanceof Review.Refused r) {
                return refusal(r);
            }
            Review concluded = ((Review.Done) result).review();
            store.insertConclusion(meetingId, caseRef, java.util.Objects.requireNonNull(concluded.conclusion()));
            Feedback feedback = Feedback.from(concluded, p.force());
            if (feedback != null) {
                store.insertFeedback(meetingId, feedback);
            }
            return Answer.done(opened(by, panel, m, p));
        });
    }

    // ---- feedback

    /** Feedback for the officers of the supervisor's force, unacknowledged first. */
    public Answer<List<FeedbackNotice>> feedback(User by) {
        if (!by.role().hasRankAtLeast(Role.SERGEANT)) {
            return Answer.forbidden("not-supervisor", "feedback goes to officers through a sergeant or above");
        }
        return Answer.done(store.feedback(by.force()).stream()
                .map(f -> new FeedbackNotice(
                        f.meetingId(),
                        f.feedback(),
                        store.officer(by.force(), f.feedback().officerToken()).orElse(null)))
                .toList());
    }

    public Answer<FeedbackNotice> acknowledge(User by, String meetingId, String caseRef, Instant now) {
        return run(by, caseRef(caseRef), "FEEDBACK_ACK", meetingId, now, () -> {
            if (!by.role().hasRankAtLeast(Role.SERGEANT)) {
                return Answer.forbidden("not-supervisor", "feedback is acknowledged by a sergeant or above");
            }
            ScrutinyStore.FeedbackRow row = store.feedback(by.force()).stream()
                    .filter(f -> f.meetingId().equals(meetingId)
                            && f.feedback().caseRef().equals(caseRef))
                    .findFirst()
                    .orElse(null);
            if (row == null) {
                return Answer.notFound("no-feedback", "no feedback on " + caseRef + " for force " + by.force());
            }
            if (row.feedback().acknowledgedBy() != null) {
                return Answer.conflict(
                        "already-acknowledged",
                        "acknowledged by " + row.feedback().acknowledgedBy());
            }
            store.acknowledge(meetingId, caseRef, by.username(), now);
            Feedback f = row.feedback().acknowledge(by.username(), now);
            return Answer.done(new FeedbackNotice(
                    meetingId, f, store.officer(by.force(), f.officerToken()).orElse(null)));
        });
    }

    // ---- reports

    /**
     * The chair publishes the panel's public findings for a year (every count perturbed by the cell key method under
     * the store's disclosure secret); again replaces.
     */
    public Answer<Findings> publish(User by, String panelId, int year, Instant now) {
        return run(by, null, "REPORT_PUBLISH", panelId + "|" + year, now, () -> {
            Answer<Member> chair = chairOf(by, panelId);
            if (chair instanceof Answer.Refused<Member> r) {
                return r.as();
            }
            if (year < 2000 || year > 2100) {
                return Answer.invalid("invalid-year", "year: expected 2000 to 2100");
            }
            Findings findings = findings(panelId, year, true);
            store.publish(panelId, year, ScrutinyJson.write(findings), by.username(), now);
            return Answer.done(findings);
        });
    }

    /** The findings from the stored meetings, public (perturbed) or internal (true counts). */
    Findings findings(String panelId, int year, boolean publicVersion) {
        Panel panel = store.panel(panelId).orElseThrow();
        List<Meeting> meetings = new ArrayList<>();
        List<PanelReport.PublishedDraw> draws = new ArrayList<>();
        List<Findings.Recommendation> recommendations = new ArrayList<>();
        for (MeetingRow m : store.meetingsOf(panelId)) {
            if (m.date().getYear() != year) {
                continue;
            }
            List<Review> reviews = store.packs(m.id()).stream()
                    .filter(PackRow::released)
                    .map(store::review)
                    .toList();
            List<Meeting.Action> actions = store.actions(m.id());
            meetings.add(new Meeting(
                    m.id(), panelId, m.date(), m.status(), m.cancellationReason(), reviews, List.of(), actions));
            actions.forEach(a -> recommendations.add(
                    new Findings.Recommendation(a.text(), a.owner(), a.due().toString(), a.response())));
            if (m.status() == Meeting.Status.HELD) {
                draw(m.id()).ifPresent(draws::add);
            }
        }
        return PanelReport.findings(
                panel,
                year,
                meetings,
                draws,
                recommendations,
                publicVersion
                        ? Optional.of(CellKeyPerturbation.withSecret(store.disclosureSecret()))
                        : Optional.empty());
    }

    /**
     * The panel's own findings for a year, every count true (no perturbation): for its members, who know the cases.
     * Not published; computed from the stored meetings at each call.
     */
    public Answer<Findings> internalFindings(User by, String panelId, int year) {
        if (memberOf(by, panelId).isEmpty()) {
            return Answer.notFound("no-panel", "no panel " + panelId);
        }
        if (year < 2000 || year > 2100) {
            return Answer.invalid("invalid-year", "year: expected 2000 to 2100");
        }
        return Answer.done(findings(panelId, year, false));
    }

    /** A published report, readable by anyone signed in. */
    public Optional<Findings> report(String panelId, int year) {
        return store.report(panelId, year).map(ScrutinyJson::findings);
    }

    /** Every published report, as panel id and year, newest first. */
    public List<Map.Entry<String, Integer>> reports() {
        return store.reports();
    }

    // ---- rules shared by the use cases

    private Optional<Member> memberOf(User by, String panelId) {
        return store.panel(panelId).flatMap(p -> p.member(by.username()));
    }

    /** The meeting, if the user sits on its panel; to anyone else it does not exist. */
    private Optional<MeetingRow> visibleMeeting(User by, String meetingId) {
        return store.meeting(meetingId).filter(m -> memberOf(by, m.panelId()).isPresent());
    }

    private Answer<Member> chairOf(User by, String panelId) {
        Member member = memberOf(by, panelId).orElse(null);
        if (member == null) {
            return Answer.notFound("no-panel", "no panel " + panelId);
        }
        if (!member.chair() || by.role() != Role.PANEL_CHAIR) {
            return Answer.forbidden("not-chair", "only the panel's chair may do this");
        }
        return Answer.done(member);
    }

    private Answer<MeetingRow> chairsMeeting(User by, String meetingId) {
        MeetingRow m = visibleMeeting(by, meetingId).orElse(null);
        if (m == null) {
            return Answer.notFound("no-meeting", "no meeting " + meetingId);
        }
        Answer<Member> chair = chairOf(by, m.panelId());
        return chair instanceof Answer.Refused<Member> r ? r.as() : Answer.done(m);
    }

    private MeetingSummary summary(User by, MeetingRow m) {
        int packs = 0;
        int released = 0;
        int mine = 0;
        int concluded = 0;
        for (PackRow p : store.packs(m.id())) {
            packs++;
            released += p.released() ? 1 : 0;
            Review r = store.review(p);
            mine += r.verdicts().containsKey(by.username()) ? 1 : 0;
            concluded += r.conclusion() != null ? 1 : 0;
        }
        return new MeetingSummary(
                m.id(), m.panelId(), m.date(), m.status(), m.cancellationReason(), packs, released, mine, concluded);
    }

    private static Answer<List<StratumSpec>> specs(List<Stratum> plan) {
        if (plan.isEmpty() || plan.size() > 12) {
            return Answer.invalid("invalid-plan", "strata: expected 1 to 12 strata");
        }
        List<StratumSpec> specs = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < plan.size(); i++) {
            Stratum s = plan.get(i);
            String at = "strata[" + i + "]";
            Theme theme = null;
            if (s.theme() != null) {
                try {
                    theme = Theme.valueOf(
                            s.theme().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    return Answer.invalid(
                            "invalid-plan",
                            at + ".theme: unknown theme '" + s.theme() + "'; expected one of "
                                    + java.util.Arrays.toString(Theme.values()));
                }
            }
            for (String code : s.offenceCodes()) {
                if (!code.matches("[0-9A-Za-z/.]{1,16}")) {
                    return Answer.invalid("invalid-plan", at + ".offenceCodes: '" + code + "' is not an offence code");
                }
            }
            if (s.size() < 0 || s.size() > MAX_DRAWN) {
                return Answer.invalid("invalid-plan", at + ".size: expected 0 to " + MAX_DRAWN);
            }
            total += s.size();
            try {
                specs.add(new StratumSpec(s.name(), theme, s.offenceCodes(), s.size()));
            } catch (IllegalArgumentException e) {
                return Answer.invalid("invalid-plan", at + ": " + e.getMessage());
            }
        }
        if (total > MAX_DRAWN) {
            return Answer.invalid("invalid-plan", "strata: at most " + MAX_DRAWN + " cases in all");
        }
        return Answer.done(specs);
    }

    private static Optional<Answer.Refused<Object>> checkText(Set<String> reasonCodes, String note) {
        if (note.length() > MAX_TEXT) {
            return Optional.of(new Answer.Refused<>(
                    Answer.Kind.INVALID, "invalid-note", "note: at most " + MAX_TEXT + " characters"));
        }
        if (reasonCodes.size() > 10) {
            return Optional.of(new Answer.Refused<>(Answer.Kind.INVALID, "invalid-reasons", "reasonCodes: at most 10"));
        }
        for (String code : reasonCodes) {
            if (!REASON_CODE.matcher(code).matches()) {
                return Optional.of(new Answer.Refused<>(
                        Answer.Kind.INVALID,
                        "invalid-reasons",
                        "reasonCodes: '" + code + "' is not 1 to 20 letters, digits, '-' or '_'"));
            }
        }
        return Optional.empty();
    }

    private <T> Answer<T> refusal(Review.Refused r) {
        Answer.Kind kind =
                switch (r.code()) {
                    case "not-a-member", "terms-not-accepted", "not-voting", "conflict", "not-chair" ->
                        Answer.Kind.FORBIDDEN;
                    default -> Answer.Kind.CONFLICT;
                };
        return new Answer.Refused<>(kind, r.code(), r.message());
    }

    /** The themes of a closed case, from its facts, decision, authorisations and the offender's earlier CRs. */
    private Set<Theme> themes(CaseRecord r) {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        JsonNode facts = JSON.readTree(r.factsJson());
        JsonNode decision = JSON.readTree(r.decisionJson());
        JsonNode age = facts.path("offender").path("age");
        if (age.isInt() && age.asInt() < 18) {
            themes.add(Theme.YOUTH);
        }
        JsonNode c = facts.path("circumstances");
        if (c.path("domesticAbuse").asBoolean(false)
                || c.path("intimatePartner").asBoolean(false)) {
            themes.add(Theme.DOMESTIC_ABUSE);
        }
        if (c.path("hateAggravated").asBoolean(false)) {
            themes.add(Theme.HATE);
        }
        if (r.authorisations().stream().anyMatch(a -> a.kind().equals("OVERRIDE"))) {
            themes.add(Theme.VICTIM_CONSENT_OVERRIDE);
        }
        if (decision.path("gravityScore").asInt(0) >= 3) {
            themes.add(Theme.GRAVITY_3_PLUS);
        }
        if (ReservedOffences.reserved(decision)) {
            themes.add(Theme.RESERVED_OFFENCE);
        }
        if (cases.earlierCases(r) > 0) {
            themes.add(Theme.REPEAT_CR);
        }
        return themes;
    }

    private static @Nullable String caseRef(String ref) {
        return ref.matches("[A-Za-z0-9-]{1,64}") ? ref : null;
    }

    /**
     * Runs a use case in one transaction; a Done answer commits with its audit entry, a refusal rolls back whatever
     * was started and is audited on its own.
     */
    private <T> Answer<T> run(
            User by, @Nullable String caseId, String action, String payload, Instant now, Supplier<Answer<T>> body) {
        Answer<T> answer = tx.execute(status -> {
            Answer<T> a = body.get();
            if (a instanceof Answer.Done<T>) {
                append(by, caseId, action, "ACCEPTED", payload, now);
            } else {
                status.setRollbackOnly();
            }
            return a;
        });
        if (answer == null) {
            throw new IllegalStateException("a scrutiny use case returned nothing");
        }
        if (answer instanceof Answer.Refused<T> r) {
            append(by, caseId, action, r.code().toUpperCase(Locale.ROOT).replace('-', '_'), payload, now);
        }
        return answer;
    }

    private void append(User by, @Nullable String caseId, String action, String result, String payload, Instant now) {
        audit.append(
                new AuditEvent(
                        by.username(),
                        by.role().name(),
                        by.force(),
                        caseId,
                        AUDIT_PREFIX + action,
                        result,
                        AuditLog.digest(payload)),
                now);
    }

    /** Members of a panel by agency, for pages: agency name to usernames. */
    public static Map<Agency, List<String>> byAgency(Panel panel) {
        Map<Agency, List<String>> out = new LinkedHashMap<>();
        panel.members().forEach(m -> out.computeIfAbsent(m.agency(), k -> new ArrayList<>())
                .add(m.username()));
        out.values().forEach(l -> l.sort(null));
        return out;
    }
}
