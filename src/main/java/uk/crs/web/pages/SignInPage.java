package uk.crs.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sign-in}: the GOV.UK-style sign-in page. Spring Security checks the posted username and password; a failure
 * comes back here with one message that never says which of the two was wrong.
 */
@Controller
class SignInPage {

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(name = "signed-out", required = false) @Nullable String signedOut,
            @RequestParam(name = "timed-out", required = false) @Nullable String timedOut,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("timedOut", timedOut != null);
        return "sign-in";
    }

    /** Where a form posted without a valid CSRF token is forwarded: nothing was saved. */
    @RequestMapping("/form-expired")
    String formExpired(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/form-expired";
    }

    /** Where a page request refused by the security rules is forwarded. */
    @RequestMapping("/error/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }
}
