package uk.crs.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;
import uk.crs.policy.Rank;
import uk.crs.testing.TestStores;

/** Accounts in the embedded store: adding, finding and loading them for sign-in. */
class UsersTest {

    private final Users users = new Users(TestStores.postgres("users"), PasswordHashing.encoder());

    @Test
    void findsAnAddedUserWithRoleAndForce() {
        users.add("jsmith", Role.SERGEANT, "cleveland", "long enough password");

        assertThat(users.find("jsmith")).contains(new User("jsmith", Role.SERGEANT, "cleveland"));
        assertThat(users.find("nobody")).isEmpty();
    }

    @Test
    void grantsTheRoleAsASpringSecurityAuthority() {
        users.add("jsmith", Role.PANEL_MEMBER, "durham", "long enough password");

        var details = users.loadUserByUsername("jsmith");
        assertThat(details.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PANEL_MEMBER");
        assertThat(PasswordHashing.encoder().matches("long enough password", details.getPassword()))
                .isTrue();
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void givesTheCurrentUserWithForceFromAnAuthentication() {
        users.add("jsmith", Role.INSPECTOR, "durham", "long enough password");
        SignedInUser principal = (SignedInUser) users.loadUserByUsername("jsmith");

        var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        assertThat(users.current(signedIn)).isEqualTo(new User("jsmith", Role.INSPECTOR, "durham"));

        // e.g. a test's mock user: looked up by name
        var byName = new TestingAuthenticationToken("jsmith", null, "ROLE_INSPECTOR");
        byName.setAuthenticated(true);
        assertThat(users.signedIn(byName)).contains(new User("jsmith", Role.INSPECTOR, "durham"));
        assertThat(users.signedIn(null)).isEmpty();
    }

    @Test
    void refusesADuplicateName() {
        users.add("jsmith", Role.OFFICER, "durham", "long enough password");

        assertThatThrownBy(() -> users.add("jsmith", Role.ADMIN, "kent", "another password"))
                .isInstanceOf(UserRejectedException.class)
                .hasMessage("username: 'jsmith' already exists");
        assertThat(users.find("jsmith")).contains(new User("jsmith", Role.OFFICER, "durham"));
    }

    @Test
    void refusesAnUnknownForce() {
        assertThatThrownBy(() -> users.add("jsmith", Role.OFFICER, "Durham", "long enough password"))
                .isInstanceOf(UserRejectedException.class)
                .satisfies(e -> assertThat(((UserRejectedException) e).field()).isEqualTo("force"));
        assertThat(users.find("jsmith")).isEmpty();
    }

    @Test
    void refusesPasswordsBcryptWouldTruncate() {
        // bcrypt reads at most 72 bytes; 'é' is 2 bytes in UTF-8, so 37 of them is 74 bytes.
        assertThatThrownBy(() -> users.add("jsmith", Role.OFFICER, "durham", "é".repeat(37)))
                .isInstanceOf(UserRejectedException.class)
                .hasMessageContaining("72 bytes");
    }

    @Test
    void knowsTheFortyFourForces() {
        assertThat(Forces.standard().recordingSlugs()).hasSize(44).contains("durham");
        assertThat(Forces.standard().bySlug("durham").map(Force::name)).contains("Durham Constabulary");
        assertThat(Forces.standard().recordsCases("btp")).isTrue();
        assertThat(Forces.standard().recordsCases("gotham")).isFalse();
    }

    @Test
    void ranksThePoliceRolesInOrderAndGivesOthersNoRank() {
        List<Role> police = List.of(Role.OFFICER, Role.SERGEANT, Role.INSPECTOR, Role.SUPERINTENDENT);
        for (int i = 0; i < police.size(); i++) {
            for (int j = 0; j < police.size(); j++) {
                assertThat(police.get(i).hasRankAtLeast(police.get(j))).isEqualTo(i >= j);
            }
        }
        for (Role other : List.of(Role.PANEL_MEMBER, Role.ANALYST, Role.AUDITOR, Role.ADMIN)) {
            assertThat(other.hasRankAtLeast(Role.OFFICER)).isFalse();
            assertThat(Role.SUPERINTENDENT.hasRankAtLeast(other)).isFalse();
        }
        assertThat(Role.parse("panel-member")).contains(Role.PANEL_MEMBER);
    }

    @Test
    void mapsThePoliceRolesToTheAuthorityTheyCarry() {
        // Issue 4: officer < sergeant < inspector < superintendent; an officer may act where NONE is required.
        assertThat(Role.OFFICER.hasRankAtLeast(Rank.NONE)).isTrue();
        assertThat(Role.OFFICER.hasRankAtLeast(Rank.SERGEANT)).isFalse();
        assertThat(Role.SERGEANT.hasRankAtLeast(Rank.SERGEANT)).isTrue();
        assertThat(Role.SERGEANT.hasRankAtLeast(Rank.INSPECTOR)).isFalse();
        assertThat(Role.INSPECTOR.hasRankAtLeast(Rank.SERGEANT)).isTrue();
        assertThat(Role.INSPECTOR.hasRankAtLeast(Rank.SUPERINTENDENT)).isFalse();
        assertThat(Role.SUPERINTENDENT.hasRankAtLeast(Rank.SUPERINTENDENT)).isTrue();
        assertThat(Role.ADMIN.hasRankAtLeast(Rank.NONE)).isFalse();
        assertThat(Role.AUDITOR.rank()).isEmpty();
        assertThat(Role.INSPECTOR.rank()).contains(Rank.INSPECTOR);
        assertThat(Role.parse("constable")).isEmpty();
    }
}
