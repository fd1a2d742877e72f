package uk.crs.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that happen outside a controller (in a filter, in the servlet container) and {@code GET /error} itself: API
 * paths and non-browser clients get problem+json like every other API error; browsers keep Spring Boot's error pages.
 * A request for {@code /error} with no error behind it is a 404, not a 500.
 */
@Controller
class ErrorPages extends BasicErrorController {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    ErrorPages(ErrorAttributes attributes, ObjectProvider<ErrorViewResolver> resolvers) {
        super(attributes, new ErrorProperties(), resolvers.orderedStream().toList());
    }

    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (originalPath(request).startsWith("/api/")) {
            try {
                write(request, response, getStatus(request), detail(request, getStatus(request)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ModelAndView handled = new ModelAndView();
            handled.clear(); // answered above: nothing to render
            return handled;
        }
        return super.errorHtml(request, response);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type(status).toString());
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail(request, status));
        body.put("instance", originalPath(request));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /** Writes a problem+json answer directly, for filters that answer before Spring MVC. */
    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(status));
        problem.setInstance(URI.create(safePath(originalPath(request))));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    static URI type(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ApiErrors.NOT_FOUND;
            case BAD_REQUEST -> ApiErrors.INVALID_REQUEST;
            case UNAUTHORIZED -> ApiErrors.UNAUTHENTICATED;
            case FORBIDDEN -> ApiErrors.FORBIDDEN;
            case PAYLOAD_TOO_LARGE -> ApiErrors.TOO_LARGE;
            case TOO_MANY_REQUESTS -> ApiErrors.TOO_MANY_SIGN_INS;
            default ->
                status.is5xxServerError() ? ApiErrors.INTERNAL : URI.create(ApiErrors.BASE + "http-" + status.value());
        };
    }

    private static String detail(HttpServletRequest request, HttpStatus status) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return "no such page";
        }
        return status.is5xxServerError()
                ? "an unexpected error; it has been logged"
                : status == HttpStatus.NOT_FOUND
                        ? "no such page"
                        : "the request cannot be answered: " + status.getReasonPhrase();
    }

    private static String originalPath(HttpServletRequest request) {
        @Nullable Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String s ? s : request.getRequestURI();
    }

    private static String safePath(String path) {
        return path.replaceAll("[^A-Za-z0-9/._~-]", "_");
    }
}
