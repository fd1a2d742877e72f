package uk.crs.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/** Answers the API's 401 and 403 from Spring Security as problem+json, like every other API error. */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    // Absent members (no extra properties) are left out, as Spring's own problem+json writer does.
    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof ThrottledSignIn.Locked locked) {
            response.setHeader("Retry-After", Long.toString(locked.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, ApiErrors.TOO_MANY_SIGN_INS, locked.detail());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"crs\"");
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                ApiErrors.UNAUTHENTICATED,
                "sign in with HTTP Basic to use the API");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            // a browser signed in to the pages calls the API with its session cookie: say what is missing
            write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    ApiErrors.CSRF,
                    "this request relies on a browser session but has no valid CSRF token: send the session's CSRF"
                            + " token in the X-CSRF-TOKEN header, or use HTTP Basic credentials instead");
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, ApiErrors.FORBIDDEN, "your role may not do this");
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            java.net.URI type,
            String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
