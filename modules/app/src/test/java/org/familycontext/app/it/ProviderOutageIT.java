package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A council's identity provider goes down (its issuer no longer answers): that council's sign-in
 * says it is unavailable, other councils sign in as usual, and sessions already open carry on.
 * Also: a council added by configuration gets its sign-in without a restart.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderOutageIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @Test
    void aCouncilWhoseProviderCannotBeReachedSaysSignInIsUnavailableAndOnlyThere() {
        try (TenantFiles files = new TenantFiles()) {
            files.write("outage.yaml", files.read("stockport.yaml").replace("id: stockport", "id: outage")
                    .replace("Stockport Council", "Outage Council")
                    .replaceAll("http://127\\.0\\.0\\.1:\\d+/realms/stockport", "http://127.0.0.1:9/realms/outage"));
            await().atMost(WITHIN).until(() -> WebClient.get("/t/outage/").statusCode() == 200);

            HttpResponse<String> unavailable = new Visitor().get("/t/outage/sign-in");

            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.body()).contains("Sign-in is not available at the moment").contains("Outage Council");
            assertThat(new Visitor().signIn("stockport", "sw.stockport", "demo").statusCode()).as("other councils").isEqualTo(200);
        }
    }

    @Test
    void sessionsCarryOnWhileTheirProviderIsDown() {
        Visitor signedIn = new Visitor();
        signedIn.signIn("manchester", "sw.manchester", "demo");
        try (KeycloakAdmin keycloak = new KeycloakAdmin()) {
            keycloak.realmEnabled("manchester", false);

            assertThat(signedIn.get("/t/manchester/search").statusCode()).as("open sessions carry on").isEqualTo(200);
            HttpResponse<String> newcomer = new Visitor().follow(new Visitor().get("/t/manchester/sign-in"));
            assertThat(newcomer.body()).doesNotContain("kc-form-login");
            assertThat(new Visitor().signIn("leeds", "sw.leeds", "demo").statusCode()).as("other councils").isEqualTo(200);
        }
    }

    @Test
    void switchingACouncilOffEndsItsSessions() {
        Visitor visitor = new Visitor();
        visitor.signIn("stockport", "ig.stockport", "demo");
        try (TenantFiles files = new TenantFiles()) {
            files.delete("stockport.yaml");
            await().atMost(WITHIN).until(() -> sessionsOf("stockport") == 0);
            assertThat(visitor.get("/t/stockport/search").statusCode()).isEqualTo(404);
        }
        await().atMost(WITHIN).until(() -> WebClient.get("/t/stockport/").statusCode() == 200);
        assertThat(visitor.get("/t/stockport/search").statusCode()).as("the session is gone for good").isEqualTo(303);
    }

    private static int sessionsOf(String council) throws SQLException {
        try (Connection db = ItEnvironment.admin(); PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM identity.session WHERE council_id = ?")) {
            query.setString(1, council);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void aCouncilAddedByConfigurationCanSignInWithoutARestart() {
        try (TenantFiles files = new TenantFiles()) {
            files.write("trafford.yaml", files.read("stockport.yaml").replace("id: stockport", "id: trafford")
                    .replace("Stockport Council", "Trafford Council").replace("clientId: family-context", "clientId: trafford"));
            await().atMost(WITHIN).until(() -> WebClient.get("/t/trafford/").statusCode() == 200);

            HttpResponse<String> signIn = new Visitor().get("/t/trafford/sign-in");

            assertThat(signIn.statusCode()).as("its provider is the one its file names").isEqualTo(303);
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l ->
                    assertThat(l).contains("/realms/stockport/").contains("client_id=trafford")
                            .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A"));
        }
    }
}
