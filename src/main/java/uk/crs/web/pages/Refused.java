package uk.crs.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import uk.crs.cases.CommandResult;
import uk.crs.cases.Refusal;

/**
 * What a refused command shows: a stale form gets "this case was changed by someone else" with a link to reload; any
 * other refusal gets its reason in plain words. Either way nothing was stored but the audit entry.
 */
final class Refused {

    private Refused() {}

    /** The view to show for a refused command, or null when the command was done. */
    static @Nullable String view(CommandResult<?> result, String reload, Model model, HttpServletResponse response) {
        if (!(result instanceof CommandResult.Refused<?> refused)) {
            return null;
        }
        Refusal refusal = refused.refusal();
        if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
            throw PageRefused.notFound(refusal.message());
        }
        model.addAttribute("reload", reload);
        if (refusal.kind() == Refusal.Kind.CONFLICT) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "cases/changed";
        }
        response.setStatus(
                refusal.kind() == Refusal.Kind.TRANSITION_NOT_ALLOWED
                        ? HttpServletResponse.SC_CONFLICT
                        : HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reason", refusal.message());
        return "cases/refused";
    }

    /** A form's hidden version field; a missing or altered one reads as 0, which no case has, so it is stale. */
    static int version(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
