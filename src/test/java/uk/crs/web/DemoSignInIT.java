package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.crs.users.Users;

/** The real application in demo mode on a temporary embedded store: demo accounts sign in over HTTP Basic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crs.demo=true")
class DemoSignInIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        TemporaryStore.register(registry, "crs-demo-");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "officer,           OFFICER,        durham",
        "sergeant,          SERGEANT,       durham",
        "inspector,         INSPECTOR,      durham",
        "superintendent,    SUPERINTENDENT, durham",
        "panel,             PANEL_MEMBER,   durham",
        "panel-chair,       PANEL_CHAIR,    durham",
        "analyst,           ANALYST,        durham",
        "auditor,           AUDITOR,        durham",
        "admin,             ADMIN,          durham",
        "officer-cleveland, OFFICER,        cleveland",
        "panel-cps,         PANEL_MEMBER,   durham",
        "panel-yos,         PANEL_MEMBER,   durham",
        "panel-pcc,         PANEL_MEMBER,   durham",
        "panel-police,      PANEL_MEMBER,   durham"
    })
    void everyDocumentedDemoAccountSignsInWithTheDemoPassword(String username, String role, String force)
            throws Exception {
        HttpResponse<String> me = get("/api/users/me", username, "demo");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body())
                .isEqualTo("{\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"force\":\"" + force + "\"}");
    }

    @Test
    void anySignedInUserMayVerifyTheAuditChain() throws Exception {
        HttpResponse<String> verify = get("/api/audit/verify", "analyst", "demo");

        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(verify.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(verify.body()).matches("\\{\"ok\":true,\"entries\":\\d+}");
    }

    @Test
    void aWrongPasswordGets401() throws Exception {
        HttpResponse<String> response = get("/api/audit/verify", "inspector", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("not-the-password");
    }

    @Test
    void anUnknownUserGets401() throws Exception {
        assertThat(get("/api/audit/verify", "nobody", "demo").statusCode()).isEqualTo(401);
    }

    @Test
    void anApiCallWithoutCredentialsGetsABasicChallengeNotARedirect() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/audit/verify")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm=\"crs\""));
    }

    @Test
    void aBrowserIsSentToTheSignInPage() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/cases"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
    }

    @Test
    void storesOnlyBcryptHashes() {
        assertThat(users.find("admin")).isPresent();
        // The hash check itself is covered by signing in; here, that "demo" is not what is stored.
        assertThat(users.loadUserByUsername("admin").getPassword())
                .startsWith("$2a$10$")
                .isNotEqualTo("demo");
    }

    private HttpResponse<String> get(String path, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
