package uk.crs.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.crs.scrutiny.Answer;
import uk.crs.scrutiny.Assessment;
import uk.crs.scrutiny.Findings;
import uk.crs.scrutiny.FindingsJson;
import uk.crs.scrutiny.Panel;
import uk.crs.scrutiny.PanelReport;
import uk.crs.scrutiny.ReasonCodes;
import uk.crs.scrutiny.Scrutiny;
import uk.crs.users.Role;
import uk.crs.users.User;

/**
 * {@code /scrutiny}: a panel member's meetings, a meeting's packs, the anonymised pack with the blind verdict form,
 * the chair's conclusion page and the published reports. A thin adapter: every read and command is one
 * {@link Scrutiny} use case, the same the REST API calls, which checks membership, the chair, blindness and the
 * pack's release on the server and audits each opening of a pack.
 */
@Controller
class ScrutinyPages {

    private static final String BASE = "/scrutiny/meetings/";

    private final Scrutiny scrutiny;
    private final Clock clock;

    ScrutinyPages(Scrutiny scrutiny, Clock clock) {
        this.scrutiny = scrutiny;
        this.clock = clock;
    }

    /** A panel and its meetings, for the list. */
    record PanelMeetings(Panel panel, List<Scrutiny.MeetingSummary> meetings) {}

    /** A published report in the list. */
    record ReportLink(String panel, int year) {}

    @GetMapping("/scrutiny")
    String index(Authentication auth, Model model) {
        User user = Access.user(auth);
        List<PanelMeetings> panels = new ArrayList<>();
        if (panelRole(user)) {
            for (Panel p : scrutiny.panels(user)) {
                if (scrutiny.meetings(user, p.id()) instanceof Answer.Done<List<Scrutiny.MeetingSummary>> d) {
                    panels.add(new PanelMeetings(p, d.value()));
                }
            }
        }
        model.addAttribute("panelRole", panelRole(user));
        model.addAttribute("panels", panels);
        model.addAttribute(
                "reports",
                scrutiny.reports().stream()
                        .map(e -> new ReportLink(e.getKey(), e.getValue()))
                        .toList());
        return "scrutiny/index";
    }

    @GetMapping(BASE + "{meeting}")
    String meeting(
            Authentication auth,
            @PathVariable String meeting,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        User user = Access.panel(auth);
        Scrutiny.MeetingSummary summary = value(scrutiny.meeting(user, meeting));
        List<Scrutiny.PackSummary> packs = value(scrutiny.packs(user, meeting));
        Panel panel = value(scrutiny.panel(user, summary.panelId()));
        model.addAttribute("meeting", summary);
        model.addAttribute("panel", panel);
        model.addAttribute("packs", packs);
        model.addAttribute("chair", chairs(user, panel));
        model.addAttribute(
                "voting", panel.member(user.username()).map(m -> m.voting()).orElse(false));
        model.addAttribute("done", done == null ? "" : done);
        model.addAttribute("back", "/scrutiny");
        return "scrutiny/meeting";
    }

    @GetMapping(BASE + "{meeting}/packs/{ref}")
    String pack(
            Authentication auth,
            @PathVariable String meeting,
            @PathVariable String ref,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        User user = Access.panel(auth);
        Scrutiny.OpenedPack opened = value(scrutiny.open(user, meeting, ref, clock.instant()));
        return packPage(opened, new Form(Map.of()), done, model);
    }

    @PostMapping(BASE + "{meeting}/packs/{ref}/verdict")
    String verdict(
            Authentication auth,
            @PathVariable String meeting,
            @PathVariable String ref,
            @RequestParam MultiValueMap<String, String> body,
            HttpServletResponse response,
            Model model) {
        User user = Access.panel(auth);
        Form form = new Form(body);
        String assessment = form.choice("assessment", names(), "Select your verdict on this case");
        Set<String> reasons = reasons(form);
        String note = form.text("note", null);
        if (form.valid() && assessment != null) {
            Answer<Scrutiny.OpenedPack> recorded = scrutiny.recordVerdict(
                    user,
                    meeting,
                    ref,
                    Assessment.valueOf(assessment),
                    reasons,
                    note == null ? "" : note,
                    clock.instant());
            if (recorded instanceof Answer.Done<Scrutiny.OpenedPack>) {
                return "redirect:" + BASE + meeting + "/packs/" + ref + "?done=verdict";
            }
            refusedOnForm((Answer.Refused<Scrutiny.OpenedPack>) recorded, form, "assessment");
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        Scrutiny.OpenedPack opened = value(scrutiny.open(user, meeting, ref, clock.instant()));
        return packPage(opened, form, null, model);
    }

    @PostMapping(BASE + "{meeting}/packs/{ref}/redaction-confirmed")
    String confirm(Authentication auth, @PathVariable String meeting, @PathVariable String ref) {
        User user = Access.panel(auth);
        value(scrutiny.confirmRedaction(user, meeting, ref, clock.instant()));
        return "redirect:" + BASE + meeting + "?done=released";
    }

    @GetMapping(BASE + "{meeting}/packs/{ref}/conclusion")
    String conclusion(Authentication auth, @PathVariable String meeting, @PathVariable String ref, Model model) {
        User user = Access.chair(auth);
        Scrutiny.OpenedPack opened = value(scrutiny.open(user, meeting, ref, clock.instant()));
        return conclusionPage(opened, new Form(Map.of()), model);
    }

    @PostMapping(BASE + "{meeting}/packs/{ref}/conclusion")
    String conclude(
            Authentication auth,
            @PathVariable String meeting,
            @PathVariable String ref,
            @RequestParam MultiValueMap<String, String> body,
            HttpServletResponse response,
            Model model) {
        User user = Access.chair(auth);
        Form form = new Form(body);
        String assessment = form.choice("assessment", names(), "Select the panel's conclusion");
        String note = form.text("note", null);
        if (form.valid() && assessment != null) {
            Answer<Scrutiny.OpenedPack> concluded = scrutiny.conclude(
                    user, meeting, ref, Assessment.valueOf(assessment), note == null ? "" : note, clock.instant());
            if (concluded instanceof Answer.Done<Scrutiny.OpenedPack>) {
                return "redirect:" + BASE + meeting + "?done=concluded";
            }
            refusedOnForm((Answer.Refused<Scrutiny.OpenedPack>) concluded, form, "assessment");
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        Scrutiny.OpenedPack opened = value(scrutiny.open(user, meeting, ref, clock.instant()));
        return conclusionPage(opened, form, model);
    }

    @GetMapping("/scrutiny/reports/{panel}/{year}")
    String report(Authentication auth, @PathVariable String panel, @PathVariable String year, Model model) {
        User user = Access.user(auth);
        int y = year(year);
        Findings published = scrutiny.report(panel, y)
                .orElseThrow(() -> PageRefused.notFound("no published report of " + panel + " for " + year));
        model.addAttribute("report", published);
        model.addAttribute("fmt", new FindingsFormat());
        model.addAttribute(
                "internal",
                scrutiny.internalFindings(user, panel, y) instanceof Answer.Done<Findings> d ? d.value() : null);
        model.addAttribute("back", "/scrutiny");
        return "scrutiny/report";
    }

    @GetMapping("/scrutiny/reports/{panel}/{year}/findings.csv")
    ResponseEntity<String> reportCsv(Authentication auth, @PathVariable String panel, @PathVariable String year) {
        Access.user(auth);
        return download(panel, year, "csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));
    }

    @GetMapping("/scrutiny/reports/{panel}/{year}/findings.json")
    ResponseEntity<String> reportJson(Authentication auth, @PathVariable String panel, @PathVariable String year) {
        Access.user(auth);
        return download(panel, year, "json", MediaType.APPLICATION_JSON);
    }

    // ---- pages

    private String packPage(Scrutiny.OpenedPack opened, Form form, @Nullable String done, Model model) {
        model.addAttribute("opened", opened);
        model.addAttribute("pack", opened.pack());
        model.addAttribute("values", form.values());
        model.addAttribute("errors", form.errors());
        model.addAttribute("fields", verdictFields());
        model.addAttribute("reasonLabels", ReasonCodes.SUGGESTED);
        model.addAttribute("done", "verdict".equals(done) ? "Your verdict is recorded" : null);
        model.addAttribute("back", BASE + opened.meetingId());
        return "scrutiny/pack";
    }

    private String conclusionPage(Scrutiny.OpenedPack opened, Form form, Model model) {
        model.addAttribute("opened", opened);
        model.addAttribute("pack", opened.pack());
        model.addAttribute("values", form.values());
        model.addAttribute("errors", form.errors());
        model.addAttribute("reasonLabels", ReasonCodes.SUGGESTED);
        model.addAttribute(
                "fields",
                List.of(
                        Question.Field.radios(
                                "assessment",
                                "The panel's conclusion",
                                "Unable to determine carries the case to the next meeting",
                                assessments()),
                        Question.Field.textarea(
                                "note",
                                "Observations for the force",
                                "Sent to the officer's supervisor as feedback when the case is inappropriate or"
                                        + " appropriate with observations")));
        model.addAttribute("back", BASE + opened.meetingId());
        return "scrutiny/conclusion";
    }

    private static List<Question.Field> verdictFields() {
        List<Question.Choice> reasons = new ArrayList<>();
        ReasonCodes.SUGGESTED.forEach((code, label) -> reasons.add(new Question.Choice(code, label)));
        return List.of(
                Question.Field.radios(
                        "assessment",
                        "Your verdict",
                        "You will see the other members' verdicts once yours is recorded",
                        assessments()),
                Question.Field.checkboxes("reasonCodes", "Reasons (optional)", "Select all that apply", reasons),
                Question.Field.textarea("note", "Your note (optional)", "What the panel should discuss"));
    }

    private static List<Question.Choice> assessments() {
        return List.of(
                new Question.Choice("APPROPRIATE", "Appropriate: consistent with policy"),
                new Question.Choice("APPROPRIATE_WITH_OBSERVATIONS", "Appropriate with observations"),
                new Question.Choice("INAPPROPRIATE", "Inappropriate"),
                new Question.Choice("UNABLE_TO_DETERMINE", "Unable to determine"));
    }

    private static List<String> names() {
        return Arrays.stream(Assessment.values()).map(Enum::name).toList();
    }

    private static Set<String> reasons(Form form) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String code : form.raw("reasonCodes").split(",", -1)) {
            if (code.isBlank()) {
                continue;
            }
            if (!ReasonCodes.SUGGESTED.containsKey(code)) {
                form.error("reasonCodes", "Select reasons from the list");
                return Set.of();
            }
            chosen.add(code);
        }
        return chosen;
    }

    private ResponseEntity<String> download(String panel, String year, String format, MediaType type) {
        int y = year(year);
        Findings f = scrutiny.report(panel, y)
                .orElseThrow(() -> PageRefused.notFound("no published report of " + panel + " for " + year));
        String body = format.equals("csv") ? PanelReport.csv(f) : FindingsJson.write(f);
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + f.panel() + "-" + f.year() + "-findings." + format + "\"")
                .body(body);
    }

    // ---- answers as pages

    /** The value, or the GOV.UK 404 or 403 page; a conflict or invalid request here is a link followed too late. */
    private static <T> T value(Answer<T> answer) {
        if (answer instanceof Answer.Done<T> d) {
            return d.value();
        }
        Answer.Refused<T> r = (Answer.Refused<T>) answer;
        throw switch (r.kind()) {
            case NOT_FOUND -> PageRefused.notFound(r.message());
            case FORBIDDEN -> PageRefused.forbidden(r.message());
            case CONFLICT, INVALID -> new PageRefused(HttpStatus.CONFLICT, r.message());
        };
    }

    /** A refusal of a form's command: 404 and 403 as pages, the rest as the form's error, in plain words. */
    private static void refusedOnForm(Answer.Refused<?> r, Form form, String field) {
        switch (r.kind()) {
            case NOT_FOUND -> throw PageRefused.notFound(r.message());
            case FORBIDDEN -> throw PageRefused.forbidden(r.message());
            default -> form.error(field, sentence(r.message()));
        }
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static int year(String year) {
        if (!year.matches("\\d{4}")) {
            throw PageRefused.notFound("no report for year " + year);
        }
        return Integer.parseInt(year);
    }

    private static boolean panelRole(User user) {
        return user.role() == Role.PANEL_MEMBER || user.role() == Role.PANEL_CHAIR;
    }

    private static boolean chairs(User user, Panel panel) {
        return user.role() == Role.PANEL_CHAIR
                && panel.member(user.username()).map(m -> m.chair()).orElse(false);
    }
}
