package uk.crs.users;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The documented demo accounts, seeded at start-up by {@code crs serve --demo} (property {@code crs.demo=true}) and
 * never otherwise, before the server answers its first request: one per role, named after it, in Durham, an officer in Cleveland and the demo scrutiny panel's other members; every password is
 * {@value #PASSWORD}.
 */
@Component
@ConditionalOnBooleanProperty("crs.demo")
public class DemoAccounts implements SmartInitializingSingleton {

    /** The password of every demo account; documented, so never for real use. */
    public static final String PASSWORD = "demo";

    /** The accounts, in the order the README lists them. */
    public static final List<User> ACCOUNTS = List.of(
            new User("officer", Role.OFFICER, "durham"),
            new User("sergeant", Role.SERGEANT, "durham"),
            new User("inspector", Role.INSPECTOR, "durham"),
            new User("superintendent", Role.SUPERINTENDENT, "durham"),
            new User("panel", Role.PANEL_MEMBER, "durham"),
            new User("panel-chair", Role.PANEL_CHAIR, "durham"),
            new User("analyst", Role.ANALYST, "durham"),
            new User("auditor", Role.AUDITOR, "durham"),
            new User("admin", Role.ADMIN, "durham"),
            new User("officer-cleveland", Role.OFFICER, "cleveland"),
            // the demo scrutiny panel's other members (uk.crs.web.DemoScrutiny), one a line by agency
            new User("panel-cps", Role.PANEL_MEMBER, "durham"),
            new User("panel-yos", Role.PANEL_MEMBER, "durham"),
            new User("panel-pcc", Role.PANEL_MEMBER, "durham"),
            new User("panel-police", Role.PANEL_MEMBER, "durham"));

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private final Users users;

    public DemoAccounts(Users users) {
        this.users = users;
    }

    /** Runs once every bean exists (so after the migrations) and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        int added = 0;
        for (User account : ACCOUNTS) {
            // Idempotent: a restart in demo mode keeps the accounts (and any password changed since) as they are.
            if (users.find(account.username()).isEmpty()) {
                try {
                    users.addDemo(account.username(), account.role(), account.force(), PASSWORD);
                    added++;
                } catch (UserRejectedException e) {
                    // Another node started in demo mode at the same moment and added it first.
                    if (!e.field().equals("username")) {
                        throw e;
                    }
                }
            }
        }
        LOG.info(
                "demo mode: {} demo accounts ready ({} added); see the README for their names", ACCOUNTS.size(), added);
    }
}
