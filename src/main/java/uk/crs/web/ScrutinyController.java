package uk.crs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import uk.crs.scrutiny.Agency;
import uk.crs.scrutiny.Answer;
import uk.crs.scrutiny.Assessment;
import uk.crs.scrutiny.Findings;
import uk.crs.scrutiny.FindingsJson;
import uk.crs.scrutiny.Meeting;
import uk.crs.scrutiny.PanelReport;
import uk.crs.scrutiny.Scrutiny;
import uk.crs.users.SignedInUser;
import uk.crs.users.User;

/**
 * The scrutiny panels' REST API: reads the request, calls one {@link Scrutiny} use case, and answers its value or
 * its refusal as problem+json (404, 403, 409 or 400, with the refusal's {@code code}).
 */
@RestController
@RequestMapping("/api/scrutiny")
@Tag(name = "scrutiny")
class ScrutinyController {

    private static final URI NOT_FOUND = ApiErrors.NOT_FOUND;

    private final Scrutiny scrutiny;
    private final Clock clock;

    ScrutinyController(Scrutiny scrutiny, Clock clock) {
        this.scrutiny = scrutiny;
        this.clock = clock;
    }

    @GetMapping("/panels")
    @Operation(summary = "The panels the user sits on (every panel for an administrator)")
    Object panels(@AuthenticationPrincipal SignedInUser signedIn) {
        return scrutiny.panels(signedIn.user());
    }

    @PostMapping("/panels")
    @Operation(summary = "Create a panel serving one or more forces (ADMIN)")
    ResponseEntity<?> createPanel(
            @AuthenticationPrincipal SignedInUser signedIn, @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("id", "name", "forces");
        String id = in.text("id", true, 64);
        String name = in.text("name", true, 200);
        List<String> forces = texts(in, "forces", 50);
        in.check();
        return answer(
                scrutiny.createPanel(user(signedIn), req(id), req(name), forces, clock.instant()), HttpStatus.CREATED);
    }

    @GetMapping("/panels/{panel}")
    @Operation(summary = "A panel and its members, for its members")
    ResponseEntity<?> panel(@AuthenticationPrincipal SignedInUser signedIn, @PathVariable String panel) {
        return answer(scrutiny.panel(user(signedIn), panel), HttpStatus.OK);
    }

    @PostMapping("/panels/{panel}/members")
    @Operation(summary = "Add a PANEL_MEMBER or PANEL_CHAIR account to a panel, with their agency and vote (ADMIN)")
    ResponseEntity<?> addMember(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String panel,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("username", "agency", "voting");
        String username = in.text("username", true, 64);
        Agency agency = choice(in, "agency", Agency.class);
        Boolean voting = in.bool("voting", true);
        in.check();
        return answer(
                scrutiny.addMember(user(signedIn), panel, req(username), req(agency), req(voting), clock.instant()),
                HttpStatus.CREATED);
    }

    @PostMapping("/panels/{panel}/terms-accepted")
    @Operation(summary = "The signed-in member accepts the panel's terms of reference")
    ResponseEntity<?> acceptTerms(@AuthenticationPrincipal SignedInUser signedIn, @PathVariable String panel) {
        return answer(scrutiny.acceptTerms(user(signedIn), panel, clock.instant()), HttpStatus.OK);
    }

    @PostMapping("/panels/{panel}/conflicts")
    @Operation(summary = "The signed-in member declares a conflict with a case reference or an officer token")
    ResponseEntity<?> declareConflict(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String panel,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("subject");
        String subject = in.text("subject", true, 64);
        in.check();
        return answer(scrutiny.declareConflict(user(signedIn), panel, req(subject), clock.instant()), HttpStatus.OK);
    }

    @GetMapping("/panels/{panel}/meetings")
    @Operation(summary = "A panel's meetings, newest first, for its members")
    ResponseEntity<?> meetings(@AuthenticationPrincipal SignedInUser signedIn, @PathVariable String panel) {
        return answer(scrutiny.meetings(user(signedIn), panel), HttpStatus.OK);
    }

    @PostMapping("/panels/{panel}/meetings")
    @Operation(summary = "Schedule a meeting (the chair)")
    ResponseEntity<?> schedule(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String panel,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("date");
        LocalDate date = in.date("date", true);
        in.check();
        return answer(scrutiny.schedule(user(signedIn), panel, req(date), clock.instant()), HttpStatus.CREATED);
    }

    @GetMapping("/meetings/{meeting}")
    ResponseEntity<?> meeting(@AuthenticationPrincipal SignedInUser signedIn, @PathVariable String meeting) {
        return answer(scrutiny.meeting(user(signedIn), meeting), HttpStatus.OK);
    }

    @PostMapping("/meetings/{meeting}/cancellation")
    @Operation(summary = "Cancel a scheduled meeting with its reason (the chair)")
    ResponseEntity<?> cancel(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String meeting,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("reason");
        String reason = in.text("reason", true, 500);
        in.check();
        return answer(scrutiny.cancel(user(signedIn), meeting, req(reason), clock.instant()), HttpStatus.OK);
    }

    @PostMapping("/meetings/{meeting}/held")
    @Operation(summary = "Record the meeting as held, with its minutes and actions (the chair)")
    ResponseEntity<?> hold(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String meeting,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("minutes", "actions");
        String minutes = in.text("minutes", false, 20_000);
        List<Meeting.Action> actions = new ArrayList<>();
        for (JsonBody a : in.array("actions")) {
            a.allowOnly("text", "owner", "due");
            String text = a.text("text", true, 1000);
            String owner = a.text("owner", true, 200);
            LocalDate due = a.date("due", true);
            if (text != null && owner != null && due != null) {
                actions.add(new Meeting.Action(text, owner, due, null));
            }
        }
        in.check();
        return answer(
                scrutiny.hold(user(signedIn), meeting, minutes == null ? "" : minutes, actions, clock.instant()),
                HttpStatus.OK);
    }

    @PostMapping("/meetings/{meeting}/seed-commitment")
    @Operation(summary = "Commit to a secret seed by its SHA-256, before the manifest is frozen (the chair)")
    ResponseEntity<?> commit(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String meeting,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("seedSha256");
        String sha = in.text("seedSha256", true, 64);
        in.check();
        return answer(scrutiny.commitSeed(user(signedIn), meeting, req(sha), clock.instant()), HttpStatus.CREATED);
    }

    @PostMapping("/meetings/{meeting}/manifest")
    @Operation(
            summary = "Freeze the manifest of closed cases in the period, by stratum (the chair)",
            description = "strata: [{name, theme (YOUTH, DOMESTIC_ABUSE, HATE, VICTIM_CONSENT_OVERRIDE,"
                    + " GRAVITY_3_PLUS, RESERVED_OFFENCE, REPEAT_CR) or offenceCodes, size}]; one stratum without"
                    + " theme or offence codes is the random stratum.")
    ResponseEntity<?> freeze(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String meeting,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("from", "to", "strata");
        LocalDate from = in.date("from", true);
        LocalDate to = in.date("to", true);
        List<Scrutiny.Stratum> strata = new ArrayList<>();
        for (JsonBody s : in.array("strata")) {
            s.allowOnly("name", "theme", "offenceCodes", "size");
            String name = s.text("name", true, 40);
            String theme = s.text("theme", false, 40);
            List<String> codes = texts(s, "offenceCodes", 50);
            Integer size = s.integer("size", true);
            if (name != null && size != null) {
                strata.add(new Scrutiny.Stratum(name, theme, codes, size));
            }
        }
        in.check();
        return answer(
                scrutiny.freeze(user(signedIn), meeting, req(from), req(to), strata, clock.instant()), HttpStatus.OK);
    }

    @PostMapping("/meetings/{meeting}/seed")
    @Operation(summary = "Reveal the committed seed: draws the sample and builds its packs (the chair)")
    ResponseEntity<?> reveal(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String meeting,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("seed");
        String seed = in.text("seed", true, 200);
        in.check();
        return answer(scrutiny.reveal(user(signedIn), meeting, req(seed), clock.instant()), HttpStatus.OK);
    }

    @GetMapping("/meetings/{meeting}/packs")
    @Operation(summary = "The meeting's packs and where the member stands on each")
    ResponseEntity<?> packs(@AuthenticationPrincipal SignedInUser signedIn, @PathVariable String meeting) {
        return answer(scrutiny.packs(user(signedIn), meeting), HttpStatus.OK);
    }

    @GetMapping("/meetings/{meeting}/packs/{ref}")
    @Operation(summary = "Open a pack (audited); others' verdicts show only once the member has recorded theirs")
    ResponseEntity<?> open(
            @AuthenticationPrincipal SignedInUser signedIn, @PathVariable String meeting, @PathVariable String ref) {
        return answer(scrutiny.open(user(signedIn), meeting, ref, clock.instant()), HttpStatus.OK);
    }

    @PostMapping("/meetings/{meeting}/packs/{ref}/redaction-confirmed")
    @Operation(summary = "A second member confirms the pack's redaction, releasing it")
    ResponseEntity<?> confirm(
            @AuthenticationPrincipal SignedInUser signedIn, @PathVariable String meeting, @PathVariable String ref) {
        return answer(scrutiny.confirmRedaction(user(signedIn), meeting, ref, clock.instant()), HttpStatus.OK);
    }

    @PostMapping("/meetings/{meeting}/packs/{ref}/verdict")
    @Operation(summary = "Record the member's blind verdict, once")
    ResponseEntity<?> verdict(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String meeting,
            @PathVariable String ref,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("assessment", "reasonCodes", "note");
        Assessment assessment = choice(in, "assessment", Assessment.class);
        List<String> codes = texts(in, "reasonCodes", 10);
        String note = in.text("note", false, 2000);
        in.check();
        return answer(
                scrutiny.recordVerdict(
                        user(signedIn),
                        meeting,
                        ref,
                        req(assessment),
                        new LinkedHashSet<>(codes),
                        note == null ? "" : note,
                        clock.instant()),
                HttpStatus.CREATED);
    }

    @PostMapping("/meetings/{meeting}/packs/{ref}/conclusion")
    @Operation(summary = "Record the panel's conclusion (the chair)")
    ResponseEntity<?> conclude(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String meeting,
            @PathVariable String ref,
            @RequestBody @Nullable JsonNode body) {
        JsonBody in = JsonBody.of(body).allowOnly("assessment", "note");
        Assessment assessment = choice(in, "assessment", Assessment.class);
        String note = in.text("note", false, 2000);
        in.check();
        return answer(
                scrutiny.conclude(
                        user(signedIn), meeting, ref, req(assessment), note == null ? "" : note, clock.instant()),
                HttpStatus.CREATED);
    }

    @GetMapping("/feedback")
    @Operation(summary = "Panel feedback for the officers of the supervisor's force (SERGEANT and above)")
    ResponseEntity<?> feedback(@AuthenticationPrincipal SignedInUser signedIn) {
        return answer(scrutiny.feedback(user(signedIn)), HttpStatus.OK);
    }

    @PostMapping("/feedback/{meeting}/{ref}/acknowledged")
    @Operation(summary = "Acknowledge feedback, having passed it to the officer (SERGEANT and above)")
    ResponseEntity<?> acknowledge(
            @AuthenticationPrincipal SignedInUser signedIn, @PathVariable String meeting, @PathVariable String ref) {
        return answer(scrutiny.acknowledge(user(signedIn), meeting, ref, clock.instant()), HttpStatus.OK);
    }

    @PostMapping("/panels/{panel}/reports/{year}")
    @Operation(summary = "Publish the panel's public findings for a year (the chair); counts under 10 suppressed")
    ResponseEntity<?> publish(
            @AuthenticationPrincipal SignedInUser signedIn, @PathVariable String panel, @PathVariable int year) {
        Answer<Findings> published = scrutiny.publish(user(signedIn), panel, year, clock.instant());
        if (published instanceof Answer.Done<Findings> d) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(FindingsJson.write(d.value()));
        }
        return answer(published, HttpStatus.CREATED);
    }

    @GetMapping("/reports")
    @Operation(summary = "The published reports: panel and year")
    List<Map<String, Object>> reports() {
        return scrutiny.reports().stream()
                .map(e -> Map.<String, Object>of("panel", e.getKey(), "year", e.getValue()))
                .toList();
    }

    @GetMapping("/panels/{panel}/reports/{year}")
    @Operation(summary = "A published report as findings JSON v1 (default), CSV or HTML (?format=json|csv|html)")
    ResponseEntity<?> report(
            @PathVariable String panel, @PathVariable int year, @RequestParam(defaultValue = "json") String format) {
        Findings f = scrutiny.report(panel, year).orElse(null);
        if (f == null) {
            return ApiErrors.problem(
                    HttpStatus.NOT_FOUND, NOT_FOUND, "no published report of " + panel + " for " + year);
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(FindingsJson.write(f));
            case "csv" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                        .body(PanelReport.csv(f));
            case "html" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                        .body(PanelReport.html(f));
            default -> ApiErrors.invalid(List.of(new FieldProblem("format", "must be json, csv or html")));
        };
    }

    // ---- helpers

    private static User user(SignedInUser signedIn) {
        return signedIn.user();
    }

    /** A value {@link JsonBody#check()} has vouched for. */
    private static <T> T req(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("checked request field missing");
        }
        return value;
    }

    private static <E extends Enum<E>> @Nullable E choice(JsonBody in, String field, Class<E> type) {
        String text = in.text(field, true, 64);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            in.problem(
                    field,
                    "must be one of "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(type.getEnumConstants())
                                            .map(Enum::name)
                                            .toList()));
            return null;
        }
    }

    /** An array of non-blank strings of at most 64 characters. */
    private static List<String> texts(JsonBody in, String field, int max) {
        List<String> out = new ArrayList<>();
        List<JsonBody> items = in.array(field);
        if (items.size() > max) {
            in.problem(field, "at most " + max + " items");
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (JsonBody item : items) {
            String text = item.itemText(64);
            if (text != null) {
                seen.add(text);
            }
        }
        out.addAll(seen);
        return out;
    }

    private static ResponseEntity<?> answer(Answer<?> answer, HttpStatus ok) {
        if (answer instanceof Answer.Done<?> d) {
            return ResponseEntity.status(ok).body(d.value());
        }
        Answer.Refused<?> r = (Answer.Refused<?>) answer;
        HttpStatus status =
                switch (r.kind()) {
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case FORBIDDEN -> HttpStatus.FORBIDDEN;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case INVALID -> HttpStatus.BAD_REQUEST;
                };
        URI type =
                switch (r.kind()) {
                    case NOT_FOUND -> ApiErrors.NOT_FOUND;
                    case FORBIDDEN -> ApiErrors.FORBIDDEN;
                    case CONFLICT -> ApiErrors.CONFLICT;
                    case INVALID -> ApiErrors.INVALID_REQUEST;
                };
        ResponseEntity<ProblemDetail> problem = ApiErrors.problem(status, type, r.message());
        ProblemDetail body = problem.getBody();
        if (body != null) {
            body.setProperty("code", r.code());
        }
        return problem;
    }
}
