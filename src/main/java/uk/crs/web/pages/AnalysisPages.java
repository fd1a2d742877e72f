package uk.crs.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
import uk.crs.analytics.report.Disclosure;
import uk.crs.analytics.report.ForceCoverage;
import uk.crs.analytics.report.Line;
import uk.crs.analytics.report.PeriodMode;
import uk.crs.analytics.report.Report;
import uk.crs.analytics.report.ReportCharts;
import uk.crs.analytics.report.ReportRequest;
import uk.crs.analytics.report.ReportTables;
import uk.crs.analytics.report.Reporting;
import uk.crs.analytics.report.Source;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;
import uk.crs.users.Role;
import uk.crs.users.SignedInUser;

/**
 * {@code /analysis}: the open-data report that {@code crs report} writes, as web pages: coverage, the national
 * summary, the funnel plot, forces, trends and crime types, with force, period and crime-type filters, a page per force
 * and every table as CSV. A thin adapter over {@link Reporting}: the figures, charts and wording are the report's.
 * Open to analysts; to anyone when {@code crs.analysis.public=true} (the figures are open data).
 */
@Controller
class AnalysisPages {

    /** The tables a page offers as CSV, by the name used in download links. */
    static final Map<String, Line.Table> TABLES = Map.of(
            "national", Line.Table.NATIONAL,
            "forces", Line.Table.FORCE,
            "years", Line.Table.YEAR,
            "crime-types", Line.Table.CRIME_TYPE,
            "forces-by-year", Line.Table.FORCE_YEAR,
            "forces-by-crime-type", Line.Table.FORCE_CRIME_TYPE);

    private final OpenDataStore store;
    private final boolean open;

    AnalysisPages(OpenDataStore store, @Value("${crs.analysis.public:false}") boolean open) {
        this.store = store;
        this.open = open;
    }

    /** The filters as sent: each may be blank (all forces, every loaded month, every crime type). */
    record Filters(
            @Nullable String force,
            @Nullable String from,
            @Nullable String to,
            @Nullable String crimeType,
            @Nullable String period) {

        Optional<String> crimeTypeChosen() {
            return crimeType == null || crimeType.isBlank() ? Optional.empty() : Optional.of(crimeType.strip());
        }

        /** The query string that repeats these filters (force apart: it is in the path of a force's page). */
        String query() {
            UriComponentsBuilder b = UriComponentsBuilder.newInstance();
            if (from != null && !from.isBlank()) {
                b.queryParam("from", from.strip());
            }
            if (to != null && !to.isBlank()) {
                b.queryParam("to", to.strip());
            }
            crimeTypeChosen().ifPresent(c -> b.queryParam("crimeType", c));
            if (period != null && !period.isBlank() && !period.strip().equals(PeriodMode.COMMON.id())) {
                b.queryParam("period", period.strip()); // common, the default, is left out
            }
            return b.encode().build().toUriString();
        }
    }

    @GetMapping("/analysis")
    String national(
            @Nullable Authentication auth,
            @RequestParam(required = false) @Nullable String force,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String crimeType,
            @RequestParam(required = false) @Nullable String period,
            Model model,
            HttpServletResponse response) {
        if (!allowed(auth)) {
            return "redirect:/sign-in";
        }
        Filters filters = new Filters(null, from, to, crimeType, period);
        if (force != null && !force.isBlank()) {
            Optional<Force> chosen = Forces.standard().bySlug(force.strip());
            if (chosen.isPresent()) {
                return "redirect:/analysis/forces/" + chosen.get().slug() + filters.query();
            }
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("force", "Choose a force from the list");
            return page(filters, null, errors, model, response);
        }
        return page(filters, null, new LinkedHashMap<>(), model, response);
    }

    @GetMapping("/analysis/forces/{slug}")
    String force(
            @Nullable Authentication auth,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String crimeType,
            @RequestParam(required = false) @Nullable String period,
            Model model,
            HttpServletResponse response) {
        if (!allowed(auth)) {
            return "redirect:/sign-in";
        }
        Force force = Forces.standard().bySlug(slug).orElseThrow(() -> PageRefused.notFound("no force " + slug));
        return page(
                new Filters(force.slug(), from, to, crimeType, period), force, new LinkedHashMap<>(), model, response);
    }

    /** One table of the page's report as CSV, with the same filters; {@code coverage} is the coverage table. */
    @GetMapping("/analysis/download/{table}")
    ResponseEntity<String> download(
            @Nullable Authentication auth,
            @PathVariable String table,
            @RequestParam(required = false) @Nullable String force,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String crimeType,
            @RequestParam(required = false) @Nullable String period) {
        if (!allowed(auth)) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create("/sign-in"))
                    .build();
        }
        Line.Table wanted = TABLES.get(table);
        if (wanted == null && !table.equals("coverage")) {
            throw PageRefused.notFound("no table " + table);
        }
        Filters filters = new Filters(force, from, to, crimeType, period);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ReportRequest> request = request(filters, errors);
        if (request.isEmpty()) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(String.join("\n", errors.values()) + "\n");
        }
        String csv = store.read(s -> {
                    Report report = new Reporting(s).report(request.get());
                    return wanted == null
                            ? Reporting.coverageCsv(report)
                            : Reporting.csv(report, wanted, Disclosure.NONE);
                })
                .orElse("");
        String name = "crs-analysis-" + table
                + request.get().force().map(f -> "-" + f).orElse("") + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(csv);
    }

    private String page(
            Filters filters,
            @Nullable Force force,
            Map<String, String> errors,
            Model model,
            HttpServletResponse response) {
        Optional<ReportRequest> request = request(filters, errors);
        Optional<String> forceSlug = Optional.ofNullable(force).map(Force::slug);
        ReportRequest everything = new ReportRequest(
                Source.POLICE_UK,
                Optional.empty(),
                Optional.empty(),
                forceSlug,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PeriodMode.ALL);
        model.addAttribute("title", force == null ? "Analysis" : force.name());
        model.addAttribute("force", force);
        model.addAttribute("filters", filters);
        model.addAttribute("query", filters.query());
        model.addAttribute(
                "forces",
                Forces.standard().all().stream()
                        .filter(f -> !f.slug().equals("northern-ireland"))
                        .sorted(java.util.Comparator.comparing(Force::name))
                        .toList());
        model.addAttribute("tables", TABLES);
        model.addAttribute("errors", errors);
        model.addAttribute("loaded", false);
        try {
            store.read(s -> {
                Reporting reporting = new Reporting(s);
                Report all = reporting.report(everything);
                List<String> crimeTypes = all.table(Line.Table.CRIME_TYPE).stream()
                        .map(l -> String.valueOf(l.crimeType()))
                        .toList();
                TreeSet<YearMonth> months = new TreeSet<>();
                all.coverage().forEach(c -> months.addAll(c.months()));
                model.addAttribute("months", List.copyOf(months));
                model.addAttribute("crimeTypes", crimeTypes);
                filters.crimeTypeChosen()
                        .filter(c -> !crimeTypes.contains(c))
                        .ifPresent(c -> errors.put("crimeType", "Choose a crime type from the list"));
                if (months.isEmpty()) {
                    return false;
                }
                model.addAttribute("loaded", true);
                if (request.isPresent() && errors.isEmpty()) {
                    try {
                        show(reporting.report(request.get()), force, model);
                    } catch (IllegalArgumentException e) {
                        errors.put(
                                "period",
                                "No month in this period is loaded for every force with outcome data:"
                                        + " choose all months, or another period");
                    }
                }
                return true;
            });
        } catch (OpenDataStore.Busy e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("busy", true);
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "analysis/report";
    }

    /** The report's parts, in the order the page shows them. */
    private static void show(Report report, @Nullable Force force, Model model) {
        Disclosure d = Disclosure.NONE;
        model.addAttribute("report", report);
        model.addAttribute(
                "coverage",
                force == null
                        ? report.coverage()
                        : report.coverage().stream()
                                .filter(c -> c.slug().equals(force.slug()))
                                .toList());
        model.addAttribute(
                "anyOutcomes",
                report.coverage().stream().anyMatch(c -> c.state() == ForceCoverage.State.OUTCOMES_LOADED));
        model.addAttribute("national", ReportTables.national(report, d));
        model.addAttribute("forceRows", ReportTables.rows(report, Line.Table.FORCE, d));
        model.addAttribute("yearRows", ReportTables.rows(report, Line.Table.YEAR, d));
        model.addAttribute("crimeTypeRows", ReportTables.rows(report, Line.Table.CRIME_TYPE, d));
        model.addAttribute("funnelSvg", ReportCharts.funnel(report, d));
        model.addAttribute("funnelCaption", ReportCharts.funnelCaption(report, d));
        model.addAttribute("barsSvg", ReportCharts.forceBars(report, d));
        model.addAttribute("trendSvg", ReportCharts.trend(report, d));
        model.addAttribute("disclosure", ReportTables.disclosure(d));
        model.addAttribute("methods", ReportTables.methods(report));
    }

    /** The request the filters ask for, or empty with {@code errors} saying what is wrong. */
    private static Optional<ReportRequest> request(Filters filters, Map<String, String> errors) {
        Optional<YearMonth> from = month(filters.from(), "from", "the first month", errors);
        Optional<YearMonth> to = month(filters.to(), "to", "the last month", errors);
        Optional<String> force = Optional.empty();
        String slug = filters.force();
        if (slug != null && !slug.isBlank()) {
            force = Forces.standard().bySlug(slug.strip()).map(Force::slug);
            if (force.isEmpty()) {
                errors.put("force", "Choose a force from the list");
            }
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            errors.put("to", "The last month must be the same as or after the first month");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        PeriodMode period = PeriodMode.COMMON;
        if (filters.period() != null && !filters.period().isBlank()) {
            try {
                period = PeriodMode.of(filters.period());
            } catch (IllegalArgumentException e) {
                errors.put("period", "Choose the common period or all months");
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportRequest(
                Source.POLICE_UK,
                from,
                to,
                force,
                Optional.empty(),
                Optional.empty(),
                filters.crimeTypeChosen(),
                period));
    }

    private static Optional<YearMonth> month(
            @Nullable String value, String field, String what, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value.strip()));
        } catch (DateTimeParseException e) {
            errors.put(field, "Choose " + what + " from the list");
            return Optional.empty();
        }
    }

    /** Analysts may see the pages; anyone may when the setting opens them (the figures are open data). */
    private boolean allowed(@Nullable Authentication auth) {
        if (open) {
            return true;
        }
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser signedIn)) {
            return false;
        }
        if (signedIn.user().role() != Role.ANALYST) {
            throw PageRefused.forbidden("the analysis pages are for analysts");
        }
        return true;
    }
}
