package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
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
    void aProviderOutageAffectsOnlyItsCouncilAndNotOpenSessions() {
        try (TenantFiles files = new TenantFiles()) {
            Visitor signedInBefore = new Visitor();
            signedInBefore.signIn("manchester", "sw.manchester", "demo");

            files.write("manchester.yaml", files.read("manchester.yaml").replaceAll("http://127\\.0\\.0\\.1:\\d+/realms",
                    "http://127.0.0.1:9/realms"));
            await().atMost(WITHIN).until(() -> new Visitor().get("/t/manchester/sign-in").statusCode() == 503);

            HttpResponse<String> unavailable = new Visitor().get("/t/manchester/sign-in");
            assertThat(unavailable.body()).contains("Sign-in is not available at the moment").contains("Manchester City Council");
            assertThat(signedInBefore.get("/t/manchester/search").statusCode()).as("open sessions carry on").isEqualTo(200);
            assertThat(new Visitor().signIn("leeds", "sw.leeds", "demo").statusCode()).as("other councils").isEqualTo(200);
        }
        await().atMost(WITHIN).until(() -> new Visitor().get("/t/manchester/sign-in").statusCode() == 303);
    }

    @Test
    void aCouncilAddedByConfigurationCanSignInWithoutARestart() {
        try (TenantFiles files = new TenantFiles()) {
            files.write("trafford.yaml", files.read("stockport.yaml").replace("id: stockport", "id: trafford")
                    .replace("Stockport Council", "Trafford Council"));
            await().atMost(WITHIN).until(() -> WebClient.get("/t/trafford/").statusCode() == 200);

            HttpResponse<String> signIn = new Visitor().get("/t/trafford/sign-in");

            assertThat(signIn.statusCode()).as("its provider is the one its file names").isEqualTo(303);
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l ->
                    assertThat(l).contains("/realms/stockport/").contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A"));
        }
    }
}
