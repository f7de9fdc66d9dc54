package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile Health on the real server: live, started, and ready only with database, migrations and tenants. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @Test
    void readyMeansDatabaseReachableMigrationsAppliedAndTenantsLoaded() {
        HttpResponse<String> ready = WebClient.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .contains("\"status\":\"UP\"")
                .contains("{\"name\":\"database\",\"status\":\"UP\"")
                .contains("{\"name\":\"migrations\",\"status\":\"UP\",\"data\":{\"schemas\":\"tenancy, identity, adapters, assembly\"}}")
                .contains("\"councils\":\"leeds, manchester, stockport\"")
                .contains("\"refusedFiles\":0");
    }

    @Test
    void liveAndStarted() {
        HttpResponse<String> live = WebClient.get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("{\"name\":\"tenant-configuration-scans\",\"status\":\"UP\"");
        HttpResponse<String> started = WebClient.get("/health/started");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("migrations-attempted").contains("tenant-configuration-loaded");
    }
}
