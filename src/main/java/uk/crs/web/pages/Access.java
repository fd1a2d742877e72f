package uk.crs.web.pages;

import java.util.Set;
import org.springframework.security.core.Authentication;
import uk.crs.cases.Transitions;
import uk.crs.users.Role;
import uk.crs.users.SignedInUser;
import uk.crs.users.User;

/** Who may open which pages; the use cases check every command again on the server. */
final class Access {

    private Access() {}

    static User user(Authentication authentication) {
        if (authentication.getPrincipal() instanceof SignedInUser signedIn) {
            return signedIn.user();
        }
        throw PageRefused.forbidden("not signed in with a crs account");
    }

    static User police(Authentication authentication) {
        return oneOf(authentication, Transitions.POLICE, "case work is for police roles");
    }

    static User supervisor(Authentication authentication) {
        return oneOf(authentication, Transitions.SUPERVISORS, "authorisations are for sergeants and above");
    }

    static User auditor(Authentication authentication) {
        return oneOf(authentication, Set.of(Role.AUDITOR, Role.ADMIN), "the audit pages are for auditors");
    }

    static User panel(Authentication authentication) {
        return oneOf(
                authentication, Set.of(Role.PANEL_MEMBER, Role.PANEL_CHAIR), "the panels' pages are for their members");
    }

    static User chair(Authentication authentication) {
        return oneOf(authentication, Set.of(Role.PANEL_CHAIR), "conclusions are recorded by the panel's chair");
    }

    private static User oneOf(Authentication authentication, Set<Role> roles, String why) {
        User user = user(authentication);
        if (!roles.contains(user.role())) {
            throw PageRefused.forbidden(why);
        }
        return user;
    }
}
