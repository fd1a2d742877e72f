package uk.crs.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.crs.cases.Refusal;

/**
 * The one error mapper of the REST API: every error becomes RFC 9457 {@code application/problem+json} with a stable
 * {@code type} URI.
 *
 * <p>Do not change a type URI without a note in the API changelog and a new URI: clients branch on them.
 */
@RestControllerAdvice(basePackages = "uk.crs.web")
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** Do not change without…: clients match on these URIs. */
    static final String BASE = "https://crs.example/problems/";

    static final URI INVALID_REQUEST = URI.create(BASE + "invalid-request");
    static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    static final URI CSRF = URI.create(BASE + "csrf-token-missing");
    static final URI SELF_AUTHORISATION = URI.create(BASE + "self-authorisation");
    static final URI INSUFFICIENT_RANK = URI.create(BASE + "insufficient-rank");
    static final URI NOT_FOUND = URI.create(BASE + "not-found");
    static final URI CONFLICT = URI.create(BASE + "conflict");
    static final URI TRANSITION_NOT_ALLOWED = URI.create(BASE + "transition-not-allowed");
    static final URI INTERNAL = URI.create(BASE + "internal-error");
    static final URI TOO_LARGE = URI.create(BASE + "too-large");
    static final URI TOO_MANY_SIGN_INS = URI.create(BASE + "too-many-sign-ins");

    private static final Map<Refusal.Kind, URI> REFUSALS = Map.of(
            Refusal.Kind.ROLE_NOT_PERMITTED, FORBIDDEN,
            Refusal.Kind.SELF_AUTHORISATION, SELF_AUTHORISATION,
            Refusal.Kind.INSUFFICIENT_RANK, INSUFFICIENT_RANK,
            Refusal.Kind.NOT_FOUND, NOT_FOUND,
            Refusal.Kind.CONFLICT, CONFLICT,
            Refusal.Kind.TRANSITION_NOT_ALLOWED, TRANSITION_NOT_ALLOWED);

    @ExceptionHandler(CommandRefused.class)
    ResponseEntity<ProblemDetail> refused(CommandRefused e) {
        Refusal.Kind kind = e.refusal().kind();
        HttpStatus status = kind == Refusal.Kind.NOT_FOUND
                ? HttpStatus.NOT_FOUND
                : kind == Refusal.Kind.CONFLICT || kind == Refusal.Kind.TRANSITION_NOT_ALLOWED
                        ? HttpStatus.CONFLICT
                        : HttpStatus.FORBIDDEN;
        return problem(
                status, REFUSALS.getOrDefault(kind, FORBIDDEN), e.refusal().message());
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequest e) {
        return invalid(e.problems());
    }

    static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
        ResponseEntity<ProblemDetail> response = problem(
                HttpStatus.BAD_REQUEST,
                INVALID_REQUEST,
                String.join("; ", problems.stream().map(FieldProblem::toString).toList()));
        ProblemDetail body = response.getBody();
        if (body != null) {
            body.setProperty(
                    "errors",
                    problems.stream()
                            .map(p -> Map.of("field", p.field(), "message", p.message()))
                            .toList());
        }
        return response;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestLimits.BodyTooLarge) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE, RequestLimits.tooLarge());
            }
        }
        // the parser's message can quote the body, which may hold personal data: say only where it broke
        return invalid(List.of(new FieldProblem("(body)", "is not well-formed JSON")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "cannot be read from \"" + e.getValue() + "\"")));
    }

    /** Spring MVC's own errors (unknown path, wrong method, wrong media type) keep their status; others are 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e) {
        if (e instanceof ErrorResponse framework) {
            HttpStatusCode status = framework.getStatusCode();
            URI type = status.value() == 404 ? NOT_FOUND : URI.create(BASE + "http-" + status.value());
            return problem(status, type, framework.getBody().getDetail());
        }
        // the class and place only: exception messages (SQL errors especially) can quote personal data
        LOG.error(
                "unexpected error answering a request: {} at {}",
                e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL, "an unexpected error; it has been logged");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, URI type, @Nullable String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail == null ? "" : detail);
        body.setType(type);
        return ResponseEntity.status(status).body(body);
    }
}
