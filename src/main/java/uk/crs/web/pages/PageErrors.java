package uk.crs.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' one error mapper: GOV.UK-style error pages, never a stack trace or problem+json. It runs before the API's
 * mapper, which would otherwise answer for these controllers too.
 */
@ControllerAdvice(basePackages = "uk.crs.web.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(PageRefused.class)
    ModelAndView refused(PageRefused e, HttpServletResponse response) {
        return page(e.status(), response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView other(Exception e, HttpServletResponse response) {
        if (e instanceof ErrorResponse framework) {
            int code = framework.getStatusCode().value();
            HttpStatus status = code == 404 || code == 400 ? HttpStatus.NOT_FOUND : HttpStatus.valueOf(code);
            return page(status, response);
        }
        // the class and place only: messages can quote what the user typed, which may be personal data
        LOG.error(
                "unexpected error answering a page: {} at {}",
                e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return page(HttpStatus.INTERNAL_SERVER_ERROR, response);
    }

    private static ModelAndView page(HttpStatus status, HttpServletResponse response) {
        String view = status == HttpStatus.FORBIDDEN
                ? "error/403"
                : status == HttpStatus.NOT_FOUND ? "error/404" : status.is4xxClientError() ? "error/4xx" : "error/500";
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
