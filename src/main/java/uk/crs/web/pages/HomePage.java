package uk.crs.web.pages;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.crs.store.BuildInfo;
import uk.crs.users.SignedInUser;

/** The home page: what crs is, and for a signed-in user their work, by role ({@link HomeJobs}). */
@Controller
class HomePage {

    private final CaseWork work;

    HomePage(CaseWork work) {
        this.work = work;
    }

    @GetMapping("/")
    String home(@Nullable Authentication auth, Model model) {
        model.addAttribute("version", BuildInfo.version());
        if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
            model.addAttribute("jobs", HomeJobs.of(signedIn.user(), work));
        }
        return "home";
    }
}
