package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The regional lead's lever, on the running server: a new council file goes live within 10 s, a
 * broken one is refused with its reasons while the last valid configuration stays, and removing a
 * file switches the council off. No restart anywhere.
 */
@ExtendWith(ArquillianExtension.class)
class TenantConfigurationReloadIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    private final TenantFiles files = new TenantFiles();

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @AfterEach
    void restoreTheConfiguration() {
        files.close();
        await().atMost(WITHIN).until(() -> WebClient.get("/t/wigan/").statusCode() == 404
                && WebClient.get("/health/ready").body().contains("\"refusedFiles\":0"));
    }

    @Test
    void aNewCouncilFileGoesLiveWithinTenSeconds() {
        assertThat(WebClient.get("/t/wigan/").statusCode()).isEqualTo(404);

        files.write("wigan.yaml", wigan());

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> WebClient.get("/t/wigan/").statusCode() == 200);
        assertThat(WebClient.get("/t/wigan/").body()).contains("Wigan Council");
        assertThat(WebClient.get("/health/ready").body()).contains("leeds, manchester, stockport, wigan");
    }

    @Test
    void aBrokenFileKeepsThePreviousVersionAndSaysWhyInReadinessAndTheLog() throws Exception {
        files.write("wigan.yaml", wigan());
        await().atMost(WITHIN).until(() -> WebClient.get("/t/wigan/").statusCode() == 200);

        files.write("wigan.yaml", wigan().replace("Wigan Council", "Wigan Borough").replace("\"#00703c\"", "\"green\""));

        await().atMost(WITHIN).until(() -> WebClient.get("/health/ready").body().contains("refused wigan.yaml"));
        String ready = WebClient.get("/health/ready").body();
        assertThat(ready).contains("\"status\":\"UP\"").contains("wigan.yaml:7:11: branding.colour: \\\"green\\\" is not valid")
                .contains("stays in force");
        assertThat(WebClient.get("/t/wigan/").body()).contains("Wigan Council").doesNotContain("Wigan Borough");
        await().atMost(WITHIN).untilAsserted(() -> assertThat(Files.readString(ItEnvironment.serverLog()))
                .contains("Tenant configuration file wigan.yaml refused")
                .contains("wigan.yaml:7:11: branding.colour: \"green\" is not valid; expected: a colour"));
        await().atMost(WITHIN).untilAsserted(() -> assertThat(eventsOf("wigan")).contains("ACCEPTED", "REFUSED"));
    }

    @Test
    void aBrokenFileForANewCouncilIsNotServedAndIsListed() {
        files.write("wigan.yaml", wigan().replace("journey: search-any", "journey: child-last"));

        await().atMost(WITHIN).until(() -> WebClient.get("/health/ready").body().contains("refused wigan.yaml"));
        assertThat(WebClient.get("/health/ready").body()).contains("not in service").contains("child-last");
        assertThat(WebClient.get("/t/wigan/").statusCode()).isEqualTo(404);
    }

    @Test
    void removingAFileSwitchesTheCouncilOff() {
        files.write("wigan.yaml", wigan());
        await().atMost(WITHIN).until(() -> WebClient.get("/t/wigan/").statusCode() == 200);

        files.delete("wigan.yaml");

        await().atMost(WITHIN).until(() -> WebClient.get("/t/wigan/").statusCode() == 404);
        assertThat(WebClient.get("/t/").body()).doesNotContain("Wigan");
        await().atMost(WITHIN).untilAsserted(() -> assertThat(eventsOf("wigan")).endsWith("REMOVED"));
    }

    @Test
    void aChangedCouncilFileChangesItsPage() {
        files.write("leeds.yaml", files.read("leeds.yaml").replace("Leeds City Council", "Leeds City Council (test)"));

        await().atMost(WITHIN).until(() -> WebClient.get("/t/leeds/").body().contains("Leeds City Council (test)"));
    }

    private String wigan() {
        return files.read("leeds.yaml").replace("id: leeds", "id: wigan").replace("Leeds City Council", "Wigan Council")
                .replace("journey: child-first", "journey: search-any").replace("realms/leeds", "realms/wigan");
    }

    private static String eventsOf(String council) throws Exception {
        StringBuilder changes = new StringBuilder();
        try (Connection db = ItEnvironment.admin();
             PreparedStatement query = db.prepareStatement(
                     "SELECT change FROM tenancy.configuration_event WHERE council_id = ? ORDER BY id")) {
            query.setString(1, council);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.append(changes.isEmpty() ? "" : " ").append(rows.getString(1));
                }
            }
        }
        return changes.toString();
    }
}
