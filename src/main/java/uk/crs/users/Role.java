package uk.crs.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.crs.policy.Rank;

/** What a user does in crs; the four police roles come first, in rank order. */
public enum Role {
    /** A constable, PCSO or staff investigator: records cases; authorises nothing. */
    OFFICER(0),
    SERGEANT(1),
    INSPECTOR(2),
    SUPERINTENDENT(3),
    /** A member of an independent scrutiny panel. */
    PANEL_MEMBER(-1),
    /** The chair of an independent scrutiny panel: a member who also records the panel's conclusions. */
    PANEL_CHAIR(-1),
    ANALYST(-1),
    AUDITOR(-1),
    ADMIN(-1);

    private final int rank;

    Role(int rank) {
        this.rank = rank;
    }

    /** Whether this is one of the police roles that carry a rank (officer to superintendent). */
    public boolean isPolice() {
        return rank >= 0;
    }

    /** Whether this role is a police rank at least as senior as {@code other}; non-police roles have no rank. */
    public boolean hasRankAtLeast(Role other) {
        return isPolice() && other.isPolice() && rank >= other.rank;
    }

    /** The rank this role carries for authorisations: NONE for an officer, empty for roles outside the police. */
    public Optional<Rank> rank() {
        return isPolice() ? Optional.of(Rank.values()[rank]) : Optional.empty();
    }

    /** Whether this is a police role carrying at least the rank; any police role holds {@code NONE}. */
    public boolean hasRankAtLeast(Rank required) {
        return rank().map(r -> r.atLeast(required)).orElse(false);
    }

    /** The authority {@code ROLE_<NAME>} that Spring Security grants to users with this role. */
    public String grantedAuthority() {
        return "ROLE_" + name();
    }

    /** The role named, ignoring case, or empty. */
    public static Optional<Role> parse(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    /** The role names, for messages: "OFFICER, SERGEANT, ...". */
    public static String names() {
        return Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "));
    }
}
