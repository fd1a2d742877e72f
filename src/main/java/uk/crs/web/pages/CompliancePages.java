package uk.crs.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.crs.cases.ClosedCases;
import uk.crs.compliance.ComplianceOutput;
import uk.crs.compliance.ComplianceReport;
import uk.crs.compliance.ComplianceRequest;
import uk.crs.compliance.ComplianceStore;
import uk.crs.compliance.Measure;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.users.Role;
import uk.crs.users.SignedInUser;
import uk.crs.users.User;

/**
 * {@code /analysis/compliance}: the signed-in analyst's own force's compliance with its community-resolution policy,
 * the statement {@code crs compliance} writes, as a web page: every measure with its count, what it is out of, the share
 * and its Wilson interval, CRs closed by month as a chart, the counts by month, the methods, and both tables as CSV.
 * A thin adapter over {@link ComplianceStore}: the figures, perturbation and CSV are the use case's.
 *
 * <p>Only ANALYST and ADMIN users get in, and only to their own force (checked here, on the server): there is no way to
 * ask for another force, and a {@code force} parameter naming another answers 403. The default view is the protected
 * one (counts perturbed by the cell key method, as {@code crs compliance} without {@code --internal}); {@code
 * view=internal} gives the force's own analysts the true counts and the case references of decisions against policy,
 * as {@code --internal} does, marked not for publication. Like {@code --internal} and the references on the
 * /analysis/records pages, opening it is not written to the audit log: the audit log records commands on cases and
 * reads of their personal data, and neither page shows any.
 */
@Controller
class CompliancePages {

    /** Who may see their force's compliance: its analysts and administrators. */
    static final Set<Role> ROLES = Set.of(Role.ANALYST, Role.ADMIN);

    /** The view parameter's value for true counts and case references. */
    static final String INTERNAL = "internal";

    /** The tables offered as CSV, by the name in the download link. */
    static final List<String> TABLES = List.of("rates", "months");

    /** The default period's length: a year of months of closure, ending with the current month. */
    static final int DEFAULT_MONTHS = 12;

    private final ComplianceStore store;
    private final Clock clock;

    CompliancePages(ClosedCases cases, DataSource dataSource, Clock clock) {
        this.store = new ComplianceStore(cases, dataSource, OffenceCatalogue.bundled());
        this.clock = clock;
    }

    @GetMapping("/analysis/compliance")
    String page(
            @Nullable Authentication auth,
            @RequestParam(required = false) @Nullable String force,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String view,
            Model model,
            HttpServletResponse response) {
        Optional<Force> mine = allowed(auth, force);
        if (mine.isEmpty()) {
            return "redirect:/sign-in";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ComplianceRequest> request = request(mine.get(), from, to, view, errors);
        model.addAttribute("title", "Compliance: " + mine.get().name());
        model.addAttribute("force", mine.get());
        // the period as asked, so that a bad month is shown back in its field
        model.addAttribute("from", request.map(r -> r.from().toString()).orElse(from == null ? "" : from.strip()));
        model.addAttribute("to", request.map(r -> r.to().toString()).orElse(to == null ? "" : to.strip()));
        model.addAttribute("thisMonth", YearMonth.now(clock));
        model.addAttribute("internal", INTERNAL.equals(view));
        model.addAttribute("errors", errors);
        model.addAttribute("tables", TABLES);
        if (request.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "analysis/compliance";
        }
        ComplianceReport report = store.report(request.get());
        model.addAttribute("report", report);
        model.addAttribute("lines", ComplianceOutput.lines(report));
        model.addAttribute("closed", report.total().count(Measure.CLOSED));
        model.addAttribute("againstPolicy", report.total().count(Measure.AGAINST_POLICY));
        model.addAttribute("monthTables", monthTables(report));
        model.addAttribute("chartSvg", ComplianceOutput.chart(report, mine.get().name()));
        model.addAttribute("method", report.method());
        model.addAttribute("definitions", ComplianceOutput.DEFINITIONS);
        model.addAttribute("query", query(report, false));
        model.addAttribute("internalQuery", query(report, true));
        return "analysis/compliance";
    }

    /** One table of the page as CSV, with the same period and view: the CLI's CSV for the months, and the rates. */
    @GetMapping("/analysis/compliance/download/{table}")
    ResponseEntity<String> download(
            @Nullable Authentication auth,
            @PathVariable String table,
            @RequestParam(required = false) @Nullable String force,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String view) {
        Optional<Force> mine = allowed(auth, force);
        if (mine.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create("/sign-in"))
                    .build();
        }
        if (!TABLES.contains(table)) {
            throw PageRefused.notFound("no table " + table);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ComplianceRequest> request = request(mine.get(), from, to, view, errors);
        if (request.isEmpty()) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(String.join("\n", errors.values()) + "\n");
        }
        ComplianceReport report = store.report(request.get());
        String csv = table.equals("rates") ? ComplianceOutput.ratesCsv(report) : ComplianceOutput.csv(report);
        String name = "crs-compliance-" + table + "-" + mine.get().slug() + "-" + report.from() + "-to-" + report.to()
                + (report.internal() ? "-INTERNAL" : "") + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(csv);
    }

    /** The request the parameters ask for, or empty with {@code errors} naming each bad field. */
    private Optional<ComplianceRequest> request(
            Force force,
            @Nullable String from,
            @Nullable String to,
            @Nullable String view,
            Map<String, String> errors) {
        YearMonth now = YearMonth.now(clock);
        Optional<YearMonth> first = month(from, "from", "From", errors);
        Optional<YearMonth> last = month(to, "to", "To", errors);
        YearMonth t = last.orElse(now);
        YearMonth f = first.orElse(t.minusMonths(DEFAULT_MONTHS - 1));
        if (errors.isEmpty()) {
            if (t.isAfter(now)) {
                errors.put("to", "To must be this month (" + now + ") or earlier: no case can have closed later");
            } else if (f.isAfter(t)) {
                errors.put("to", "To must be the same month as From or later");
            } else if (f.plusMonths(ComplianceRequest.MAX_MONTHS).isBefore(t.plusMonths(1))) {
                errors.put(
                        "from",
                        "From must be at most " + ComplianceRequest.MAX_MONTHS + " months (ten years) before To");
            }
        }
        if (view != null && !view.isBlank() && !view.strip().equals(INTERNAL)) {
            errors.put("view", "Choose the protected view or the internal view");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ComplianceRequest(Optional.of(force.slug()), f, t, INTERNAL.equals(view)));
    }

    private static Optional<YearMonth> month(
            @Nullable String value, String field, String label, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value.strip()));
        } catch (DateTimeParseException e) {
            errors.put(field, label + " must be a year and month as YYYY-MM, like 2026-01");
            return Optional.empty();
        }
    }

    /**
     * The counts by month, in three tables of a theme each so that every table fits the page: a row a month and one
     * for the whole period, a column a measure.
     */
    record MonthTable(String id, String caption, List<Measure> measures, List<MonthRow> rows) {}

    /** One month's counts (or the whole period's), in the table's order of measures. */
    record MonthRow(String month, List<Long> counts) {}

    /** The themes of the month tables; together they hold every measure once. */
    static final List<Object[]> THEMES = List.of(
            new Object[] {
                "authorisation",
                "Authorisation, by month of closure",
                List.of(
                        Measure.CLOSED,
                        Measure.AUTHORISATION_REQUIRED,
                        Measure.AUTHORISED_BY_REQUIRED_RANK,
                        Measure.AGAINST_POLICY,
                        Measure.RESERVED_OFFENCE)
            },
            new Object[] {
                "victims",
                "Victims, by month of closure",
                List.of(
                        Measure.WITH_VICTIM,
                        Measure.VICTIM_CONSULTED,
                        Measure.VICTIM_CONSENTED,
                        Measure.VICTIM_OVERRIDDEN)
            },
            new Object[] {
                "conditions",
                "Conditions and time from offence to close, by month of closure",
                List.of(
                        Measure.CONDITIONS_COMPLETED,
                        Measure.CONDITION_LATE,
                        Measure.CLOSED_WITHIN_30_DAYS,
                        Measure.CLOSED_31_TO_182_DAYS,
                        Measure.CLOSED_AFTER_182_DAYS)
            });

    @SuppressWarnings("unchecked")
    static List<MonthTable> monthTables(ComplianceReport report) {
        List<MonthTable> tables = new ArrayList<>();
        for (Object[] theme : THEMES) {
            List<Measure> measures = (List<Measure>) theme[2];
            List<MonthRow> rows = new ArrayList<>();
            for (ComplianceReport.Row row : report.months()) {
                rows.add(new MonthRow(
                        String.valueOf(row.month()),
                        measures.stream().map(row::count).toList()));
            }
            rows.add(new MonthRow(
                    "Whole period", measures.stream().map(report.total()::count).toList()));
            tables.add(new MonthTable((String) theme[0], (String) theme[1], measures, rows));
        }
        return tables;
    }

    /** The query string of this period, for the downloads and the view links. */
    private static String query(ComplianceReport report, boolean internal) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance()
                .queryParam("from", report.from())
                .queryParam("to", report.to());
        if (internal) {
            b.queryParam("view", INTERNAL);
        }
        return b.build().toUriString();
    }

    /**
     * The user's force, when they may see its compliance; empty when nobody is signed in. Other roles get 403, and so
     * does a {@code force} parameter naming any force but the user's own.
     */
    private static Optional<Force> allowed(@Nullable Authentication auth, @Nullable String force) {
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser signedIn)) {
            return Optional.empty();
        }
        User user = signedIn.user();
        if (!ROLES.contains(user.role())) {
            throw PageRefused.forbidden("a force's compliance is for its analysts");
        }
        if (force != null && !force.isBlank() && !force.strip().equals(user.force())) {
            throw PageRefused.forbidden("another force's compliance is for that force's analysts");
        }
        Force mine = Forces.standard()
                .bySlug(user.force())
                .orElseThrow(() -> PageRefused.notFound("no force " + user.force()));
        return Optional.of(mine);
    }
}
