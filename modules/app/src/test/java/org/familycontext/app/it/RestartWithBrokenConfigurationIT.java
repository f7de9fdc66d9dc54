package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A council's file breaks while the application is stopped: after the restart the council is still
 * served with its last valid configuration, taken from the database, and readiness says so.
 */
@ExtendWith(ArquillianExtension.class)
class RestartWithBrokenConfigurationIT {

    private static final String APP = "family-context";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @Test
    void theLastValidConfigurationSurvivesARestartWithABrokenFile() {
        try (TenantFiles files = new TenantFiles()) {
            deployer.deploy(APP);
            await().atMost(Duration.ofSeconds(20)).until(() -> WebClient.get("/t/leeds/").statusCode() == 200);
            deployer.undeploy(APP);

            files.write("leeds.yaml", files.read("leeds.yaml").replace("Leeds City Council", "Leeds (broken)")
                    .replace("journey: child-first", "journey: sideways"));
            deployer.deploy(APP);

            await().atMost(Duration.ofSeconds(20)).until(() -> WebClient.get("/health/ready").body().contains("refused leeds.yaml"));
            assertThat(WebClient.get("/t/leeds/").body()).contains("Leeds City Council").doesNotContain("Leeds (broken)");
            assertThat(WebClient.get("/health/ready").body()).contains("stays in force").contains("sideways");
        } finally {
            deployer.undeploy(APP);
        }
    }
}
