package uk.crs.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.crs.store.BuildInfo;

/** The landing page: what crs is, in plain words. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("version", BuildInfo.version());
        return "home";
    }
}
