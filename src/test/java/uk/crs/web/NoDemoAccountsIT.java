package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.crs.users.DemoAccounts;
import uk.crs.users.Users;

/** Outside demo mode (the default) no demo account exists, so "officer"/"demo" cannot sign in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoDemoAccountsIT {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        TemporaryStore.register(registry, "crs-nodemo-");
    }

    @Test
    void seedsNoDemoAccounts() {
        assertThat(DemoAccounts.ACCOUNTS).allSatisfy(account -> assertThat(users.find(account.username()))
                .isEmpty());
    }

    @Test
    void theDemoPasswordDoesNotSignIn() throws Exception {
        String basic = Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit/verify"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
