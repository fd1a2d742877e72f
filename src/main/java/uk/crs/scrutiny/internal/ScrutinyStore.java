package uk.crs.scrutiny.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.crs.scrutiny.Agency;
import uk.crs.scrutiny.Assessment;
import uk.crs.scrutiny.Feedback;
import uk.crs.scrutiny.Meeting;
import uk.crs.scrutiny.Member;
import uk.crs.scrutiny.Panel;
import uk.crs.scrutiny.Review;
import uk.crs.scrutiny.StratifiedSample;
import uk.crs.scrutiny.Theme;

/** The scrutiny tables (V30) over JDBC; the service's transaction makes each use case all-or-nothing. */
@Repository
public class ScrutinyStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    public ScrutinyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // panels and members

    public boolean panelExists(String id) {
        return count("SELECT count(*) FROM scrutiny_panel WHERE id = ?", id) > 0;
    }

    public void insertPanel(String id, String name, List<String> forces, Instant at) {
        jdbc.sql("INSERT INTO scrutiny_panel (id, name, created_at) VALUES (?, ?, ?)")
                .params(id, name, utc(at))
                .update();
        for (String force : new TreeSet<>(forces)) {
            jdbc.sql("INSERT INTO scrutiny_panel_force (panel_id, force_slug) VALUES (?, ?)")
                    .params(id, force)
                    .update();
        }
    }

    public Optional<Panel> panel(String id) {
        Optional<String> name = jdbc.sql("SELECT name FROM scrutiny_panel WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
        return name.map(n -> new Panel(id, n, forces(id), members(id)));
    }

    public List<Panel> panelsOf(String username) {
        return jdbc
                .sql("SELECT panel_id FROM scrutiny_member WHERE username = ? ORDER BY panel_id")
                .param(username)
                .query(String.class)
                .list()
                .stream()
                .map(id -> panel(id).orElseThrow())
                .toList();
    }

    public List<Panel> panels() {
        return jdbc.sql("SELECT id FROM scrutiny_panel ORDER BY id").query(String.class).list().stream()
                .map(id -> panel(id).orElseThrow())
                .toList();
    }

    private List<String> forces(String panelId) {
        return jdbc.sql("SELECT force_slug FROM scrutiny_panel_force WHERE panel_id = ? ORDER BY force_slug")
                .param(panelId)
                .query(String.class)
                .list();
    }

    private List<Member> members(String panelId) {
        Map<String, Set<String>> conflicts = new LinkedHashMap<>();
        jdbc.sql("SELECT username, subject FROM scrutiny_conflict WHERE panel_id = ?")
                .param(panelId)
                .query((ResultSet rs) -> {
                    conflicts
                            .computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql("SELECT username, agency, voting, chair, terms_accepted_at FROM scrutiny_member"
                        + " WHERE panel_id = ? ORDER BY username")
                .param(panelId)
                .query((rs, n) -> new Member(
                        rs.getString(1),
                        Agency.valueOf(rs.getString(2)),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        conflicts.getOrDefault(rs.getString(1), Set.of()),
                        instantOrNull(rs, 5)))
                .list();
    }

    public void insertMember(String panelId, Member m) {
        jdbc.sql("INSERT INTO scrutiny_member (panel_id, username, agency, voting, chair, terms_accepted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(
                        panelId,
                        m.username(),
                        m.agency().name(),
                        m.voting(),
                        m.chair(),
                        m.termsAcceptedAt() == null ? null : utc(m.termsAcceptedAt())))
                .update();
    }

    public void acceptTerms(String panelId, String username, Instant at) {
        jdbc.sql("UPDATE scrutiny_member SET terms_accepted_at = ? WHERE panel_id = ? AND username = ?")
                .params(utc(at), panelId, username)
                .update();
    }

    public void declareConflict(String panelId, String username, String subject) {
        jdbc.sql("INSERT INTO scrutiny_conflict (panel_id, username, subject) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(panelId, username, subject)
                .update();
    }

    // meetings

    /** A meeting as stored, without its reviews. */
    public record MeetingRow(
            String id,
            String panelId,
            LocalDate date,
            Meeting.Status status,
            @Nullable String cancellationReason,
            @Nullable String minutes) {}

    public boolean meetingExists(String id) {
        return count("SELECT count(*) FROM scrutiny_meeting WHERE id = ?", id) > 0;
    }

    public void insertMeeting(String id, String panelId, LocalDate date) {
        jdbc.sql("INSERT INTO scrutiny_meeting (id, panel_id, meeting_date, status) VALUES (?, ?, ?, 'SCHEDULED')")
                .params(id, panelId, date)
                .update();
    }

    public Optional<MeetingRow> meeting(String id) {
        return jdbc.sql("SELECT id, panel_id, meeting_date, status, cancellation_reason, minutes FROM scrutiny_meeting"
                        + " WHERE id = ?")
                .param(id)
                .query((rs, n) -> meetingRow(rs))
                .optional();
    }

    public List<MeetingRow> meetingsOf(String panelId) {
        return jdbc.sql("SELECT id, panel_id, meeting_date, status, cancellation_reason, minutes FROM scrutiny_meeting"
                        + " WHERE panel_id = ? ORDER BY meeting_date DESC, id")
                .param(panelId)
                .query((rs, n) -> meetingRow(rs))
                .list();
    }

    private static MeetingRow meetingRow(ResultSet rs) throws SQLException {
        return new MeetingRow(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                Meeting.Status.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6));
    }

    public void setStatus(String id, Meeting.Status status, @Nullable String reason, @Nullable String minutes) {
        jdbc.sql("UPDATE scrutiny_meeting SET status = ?, cancellation_reason = ?, minutes = ? WHERE id = ?")
                .params(Arrays.asList(status.name(), reason, minutes, id))
                .update();
    }

    public void insertAction(String meetingId, Meeting.Action action) {
        int number = count("SELECT count(*) FROM scrutiny_action WHERE meeting_id = ?", meetingId) + 1;
        jdbc.sql("INSERT INTO scrutiny_action (meeting_id, number, text, owner, due, response) VALUES (?,?,?,?,?,?)")
                .params(Arrays.asList(
                        meetingId, number, action.text(), action.owner(), action.due(), action.response()))
                .update();
    }

    public List<Meeting.Action> actions(String meetingId) {
        return jdbc.sql("SELECT text, owner, due, response FROM scrutiny_action WHERE meeting_id = ? ORDER BY number")
                .param(meetingId)
                .query((rs, n) -> new Meeting.Action(
                        rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }

    // samples

    /** A meeting's sample as stored: committed, then frozen, then revealed. */
    public record SampleRow(
            String seedSha256,
            Instant committedAt,
            @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo,
            @Nullable Instant frozenAt,
            @Nullable String seed,
            @Nullable Instant revealedAt) {}

    public Optional<SampleRow> sample(String meetingId) {
        return jdbc.sql("SELECT seed_sha256, committed_at, period_from, period_to, frozen_at, seed, revealed_at"
                        + " FROM scrutiny_sample WHERE meeting_id = ?")
                .param(meetingId)
                .query((rs, n) -> new SampleRow(
                        rs.getString(1),
                        instantOrNull(rs, 2) == null
                                ? Instant.EPOCH
                                : java.util.Objects.requireNonNull(instantOrNull(rs, 2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        instantOrNull(rs, 5),
                        rs.getString(6),
                        instantOrNull(rs, 7)))
                .optional();
    }

    public void commit(String meetingId, String seedSha256, Instant at) {
        jdbc.sql("INSERT INTO scrutiny_sample (meeting_id, seed_sha256, committed_at) VALUES (?, ?, ?)")
                .params(meetingId, seedSha256, utc(at))
                .update();
    }

    /** Freezes the manifest: the period, the plan with each stratum's manifest hash, and every eligible case. */
    public void freeze(
            String meetingId,
            LocalDate from,
            LocalDate to,
            Instant at,
            List<StratifiedSample.StratumSpec> plan,
            List<StratifiedSample.StratumDraw> manifests,
            List<StratifiedSample.EligibleCase> eligible) {
        jdbc.sql("UPDATE scrutiny_sample SET period_from = ?, period_to = ?, frozen_at = ? WHERE meeting_id = ?")
                .params(from, to, utc(at), meetingId)
                .update();
        for (int i = 0; i < plan.size(); i++) {
            StratifiedSample.StratumSpec s = plan.get(i);
            StratifiedSample.StratumDraw m = manifests.get(i);
            jdbc.sql("INSERT INTO scrutiny_stratum (meeting_id, position, name, theme, offence_codes, size,"
                            + " manifest_sha256, eligible) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(Arrays.asList(
                            meetingId,
                            i,
                            s.name(),
                            s.theme() == null ? null : s.theme().name(),
                            String.join(",", s.offenceCodes()),
                            s.size(),
                            m.manifest().sha256(),
                            m.manifest().size()))
                    .update();
        }
        for (StratifiedSample.EligibleCase c : eligible) {
            jdbc.sql("INSERT INTO scrutiny_eligible (meeting_id, case_ref, offence_code, themes) VALUES (?, ?, ?, ?)")
                    .params(
                            meetingId,
                            c.reference(),
                            c.offenceCode(),
                            String.join(
                                    ",",
                                    new TreeSet<>(
                                            c.themes().stream().map(Enum::name).toList())))
                    .update();
        }
    }

    public List<StratifiedSample.StratumSpec> plan(String meetingId) {
        return jdbc.sql("SELECT name, theme, offence_codes, size FROM scrutiny_stratum WHERE meeting_id = ?"
                        + " ORDER BY position")
                .param(meetingId)
                .query((rs, n) -> new StratifiedSample.StratumSpec(
                        rs.getString(1),
                        rs.getString(2) == null ? null : Theme.valueOf(rs.getString(2)),
                        rs.getString(3).isEmpty()
                                ? List.of()
                                : List.of(rs.getString(3).split(",")),
                        rs.getInt(4)))
                .list();
    }

    /** Each stratum's manifest SHA-256 as frozen, by name. */
    public Map<String, String> manifestHashes(String meetingId) {
        Map<String, String> hashes = new LinkedHashMap<>();
        jdbc.sql("SELECT name, manifest_sha256 FROM scrutiny_stratum WHERE meeting_id = ? ORDER BY position")
                .param(meetingId)
                .query((ResultSet rs) -> {
                    hashes.put(rs.getString(1), rs.getString(2));
                });
        return hashes;
    }

    public List<StratifiedSample.EligibleCase> eligible(String meetingId) {
        return jdbc.sql("SELECT case_ref, offence_code, themes FROM scrutiny_eligible WHERE meeting_id = ?"
                        + " ORDER BY case_ref")
                .param(meetingId)
                .query((rs, n) -> {
                    Set<Theme> themes = EnumSet.noneOf(Theme.class);
                    for (String t : rs.getString(3).split(",")) {
                        if (!t.isEmpty()) {
                            themes.add(Theme.valueOf(t));
                        }
                    }
                    return new StratifiedSample.EligibleCase(rs.getString(1), rs.getString(2), themes);
                })
                .list();
    }

    public void reveal(String meetingId, String seed, Instant at, StratifiedSample sample) {
        jdbc.sql("UPDATE scrutiny_sample SET seed = ?, revealed_at = ? WHERE meeting_id = ?")
                .params(seed, utc(at), meetingId)
                .update();
        for (StratifiedSample.StratumDraw s : sample.strata()) {
            for (StratifiedSample.DrawnCase d : s.drawn()) {
                jdbc.sql("INSERT INTO scrutiny_draw (meeting_id, stratum, counter, position, case_ref)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .params(meetingId, s.name(), d.counter(), d.position(), d.reference())
                        .update();
            }
        }
    }

    /**
     * Cases concluded UNABLE_TO_DETERMINE at an earlier meeting of the panel and not concluded since: the next
     * meeting's carried-over cases, with the meeting each comes from.
     */
    public Map<String, String> toCarryOver(String panelId, LocalDate before) {
        Map<String, String> carried = new LinkedHashMap<>();
        jdbc.sql("SELECT c.case_ref, c.meeting_id FROM scrutiny_conclusion c JOIN scrutiny_meeting m"
                        + " ON m.id = c.meeting_id WHERE m.panel_id = ? AND m.meeting_date < ?"
                        + " AND c.assessment = 'UNABLE_TO_DETERMINE' AND NOT EXISTS (SELECT 1 FROM scrutiny_pack p"
                        + " JOIN scrutiny_meeting later ON later.id = p.meeting_id WHERE p.case_ref = c.case_ref"
                        + " AND later.panel_id = m.panel_id AND later.meeting_date > m.meeting_date)"
                        + " ORDER BY c.case_ref")
                .params(panelId, before)
                .query((ResultSet rs) -> {
                    carried.put(rs.getString(1), rs.getString(2));
                });
        return carried;
    }

    // officer tokens

    /** The pseudonymous token of an officer of a force, made on first use: 12 random hex digits. */
    public String token(String force, String username) {
        Optional<String> existing = jdbc.sql(
                        "SELECT token FROM scrutiny_officer_token WHERE force_slug = ? AND username = ?")
                .params(force, username)
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String token = "officer-" + HexFormat.of().formatHex(bytes);
        jdbc.sql("INSERT INTO scrutiny_officer_token (force_slug, username, token) VALUES (?, ?, ?)")
                .params(force, username, token)
                .update();
        return token;
    }

    public Optional<String> officer(String force, String token) {
        return jdbc.sql("SELECT username FROM scrutiny_officer_token WHERE force_slug = ? AND token = ?")
                .params(force, token)
                .query(String.class)
                .optional();
    }

    // packs, verdicts and conclusions

    /** A pack as stored. */
    public record PackRow(
            String meetingId,
            String caseRef,
            String officerToken,
            String force,
            @Nullable String carriedFrom,
            String json,
            String builtBy,
            @Nullable String confirmedBy) {

        public boolean released() {
            return confirmedBy != null;
        }
    }

    public void insertPack(PackRow row, Instant at) {
        jdbc.sql("INSERT INTO scrutiny_pack (meeting_id, case_ref, officer_token, force_slug, carried_from, pack_json,"
                        + " built_by, built_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(
                        row.meetingId(),
                        row.caseRef(),
                        row.officerToken(),
                        row.force(),
                        row.carriedFrom(),
                        row.json(),
                        row.builtBy(),
                        utc(at)))
                .update();
    }

    public void confirmPack(String meetingId, String caseRef, String by, Instant at) {
        jdbc.sql("UPDATE scrutiny_pack SET confirmed_by = ?, confirmed_at = ? WHERE meeting_id = ? AND case_ref = ?")
                .params(by, utc(at), meetingId, caseRef)
                .update();
    }

    public Optional<PackRow> pack(String meetingId, String caseRef) {
        return jdbc.sql(PACK_SELECT + " WHERE meeting_id = ? AND case_ref = ?")
                .params(meetingId, caseRef)
                .query((rs, n) -> packRow(rs))
                .optional();
    }

    public List<PackRow> packs(String meetingId) {
        return jdbc.sql(PACK_SELECT + " WHERE meeting_id = ? ORDER BY case_ref")
                .param(meetingId)
                .query((rs, n) -> packRow(rs))
                .list();
    }

    private static final String PACK_SELECT = "SELECT meeting_id, case_ref, officer_token, force_slug, carried_from,"
            + " pack_json, built_by, confirmed_by FROM scrutiny_pack";

    private static PackRow packRow(ResultSet rs) throws SQLException {
        return new PackRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }

    /** The review of one pack: its verdicts and conclusion. */
    public Review review(PackRow pack) {
        Map<String, Review.MemberVerdict> verdicts = new LinkedHashMap<>();
        jdbc.sql("SELECT username, assessment, reason_codes, note, recorded_at FROM scrutiny_verdict"
                        + " WHERE meeting_id = ? AND case_ref = ? ORDER BY recorded_at, username")
                .params(pack.meetingId(), pack.caseRef())
                .query((ResultSet rs) -> {
                    verdicts.put(
                            rs.getString(1),
                            new Review.MemberVerdict(
                                    Assessment.valueOf(rs.getString(2)),
                                    codes(rs.getString(3)),
                                    rs.getString(4),
                                    java.util.Objects.requireNonNull(instantOrNull(rs, 5))));
                });
        Review.Conclusion conclusion = jdbc.sql("SELECT assessment, by_user, note, at FROM scrutiny_conclusion"
                        + " WHERE meeting_id = ? AND case_ref = ?")
                .params(pack.meetingId(), pack.caseRef())
                .query((rs, n) -> new Review.Conclusion(
                        Assessment.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        java.util.Objects.requireNonNull(instantOrNull(rs, 4))))
                .optional()
                .orElse(null);
        return new Review(pack.caseRef(), pack.officerToken(), verdicts, conclusion);
    }

    private static Set<String> codes(String joined) {
        Set<String> codes = new TreeSet<>();
        for (String c : joined.split(",")) {
            if (!c.isEmpty()) {
                codes.add(c);
            }
        }
        return codes;
    }

    public void insertVerdict(String meetingId, String caseRef, String username, Review.MemberVerdict v) {
        jdbc.sql("INSERT INTO scrutiny_verdict (meeting_id, case_ref, username, assessment, reason_codes, note,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        meetingId,
                        caseRef,
                        username,
                        v.assessment().name(),
                        String.join(",", new TreeSet<>(v.reasonCodes())),
                        v.note(),
                        utc(v.at()))
                .update();
    }

    public void insertConclusion(String meetingId, String caseRef, Review.Conclusion c) {
        jdbc.sql("INSERT INTO scrutiny_conclusion (meeting_id, case_ref, assessment, by_user, note, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(meetingId, caseRef, c.assessment().name(), c.by(), c.note(), utc(c.at()))
                .update();
    }

    // feedback

    /** Feedback with the meeting it came from. */
    public record FeedbackRow(String meetingId, Feedback feedback) {}

    public void insertFeedback(String meetingId, Feedback f) {
        jdbc.sql("INSERT INTO scrutiny_feedback (meeting_id, case_ref, officer_token, force_slug, conclusion,"
                        + " observations) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        meetingId,
                        f.caseRef(),
                        f.officerToken(),
                        f.force(),
                        f.conclusion().name(),
                        f.observations())
                .update();
    }

    public List<FeedbackRow> feedback(String force) {
        return jdbc.sql("SELECT meeting_id, case_ref, officer_token, force_slug, conclusion, observations,"
                        + " acknowledged_by, acknowledged_at FROM scrutiny_feedback WHERE force_slug = ?"
                        + " ORDER BY acknowledged_at NULLS FIRST, meeting_id, case_ref")
                .param(force)
                .query((rs, n) -> new FeedbackRow(
                        rs.getString(1),
                        new Feedback(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                Assessment.valueOf(rs.getString(5)),
                                rs.getString(6),
                                rs.getString(7),
                                instantOrNull(rs, 8))))
                .list();
    }

    public void acknowledge(String meetingId, String caseRef, String by, Instant at) {
        jdbc.sql("UPDATE scrutiny_feedback SET acknowledged_by = ?, acknowledged_at = ? WHERE meeting_id = ?"
                        + " AND case_ref = ?")
                .params(by, utc(at), meetingId, caseRef)
                .update();
    }

    // reports

    /** The store's disclosure secret (migration V35), the same for every perturbed output of the store. */
    public byte[] disclosureSecret() {
        return jdbc.sql("SELECT secret FROM disclosure_secret WHERE id = 1")
                .query(byte[].class)
                .single();
    }

    public void publish(String panelId, int year, String findings, String by, Instant at) {
        jdbc.sql("DELETE FROM scrutiny_report WHERE panel_id = ? AND year = ?")
                .params(panelId, year)
                .update();
        jdbc.sql("INSERT INTO scrutiny_report (panel_id, year, findings_json, published_by, published_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(panelId, year, findings, by, utc(at))
                .update();
    }

    public Optional<String> report(String panelId, int year) {
        return jdbc.sql("SELECT findings_json FROM scrutiny_report WHERE panel_id = ? AND year = ?")
                .params(panelId, year)
                .query(String.class)
                .optional();
    }

    /** Every published report: panel and year, newest first. */
    public List<Map.Entry<String, Integer>> reports() {
        List<Map.Entry<String, Integer>> found = new ArrayList<>();
        jdbc.sql("SELECT panel_id, year FROM scrutiny_report ORDER BY year DESC, panel_id")
                .query((ResultSet rs) -> {
                    found.add(Map.entry(rs.getString(1), rs.getInt(2)));
                });
        return found;
    }

    private int count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
