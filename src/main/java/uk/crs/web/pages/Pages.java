package uk.crs.web.pages;

import org.springframework.ui.Model;

/** What every one-page form ({@code form.html}) needs in its model. */
final class Pages {

    private Pages() {}

    static void form(
            Model model, Form form, String title, String caption, String action, String button, String cancel) {
        model.addAttribute("title", title);
        model.addAttribute("caption", caption);
        model.addAttribute("action", action);
        model.addAttribute("button", button);
        model.addAttribute("cancel", cancel);
        model.addAttribute("intro", null);
        model.addAttribute("values", form.values());
        model.addAttribute("errors", form.errors());
    }
}
