package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loads through the running server: a data engineer signed in through the council's Keycloak starts
 * a load of an extract dropped in the council's folder, follows it to publication, reads its
 * quality report and downloads its quarantine; other roles and other councils get nothing.
 */
@ExtendWith(ArquillianExtension.class)
class LoadsApiIT {

    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final String HEADER = "PERSON_ID,FORENAME,SURNAME,DOB,GENDER,NHS_NUMBER,ADDRESS,POSTCODE,UPRN,EPISODE_TYPE,"
            + "EPISODE_START,EPISODE_END,WORKER_NAME,WORKER_PHONE,WORKER_EMAIL,TEAM\r\n";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @Test
    void aDataEngineerLoadsAnExtractAndReadsItsReportAndQuarantine() throws Exception {
        drop("stockport", "csc_people.csv", HEADER
                + "S1,Amy,Smith,01/02/2015,F,9434765870,1 High St,SK4 2AB,100012345678,CIN,01/09/2025,,Jo Bloggs,0161 000 0000,"
                + "jo@stockport.example,Team A\r\n"
                + "S2,\"=HYPERLINK(\"\"http://x.example\"\")\",Smith,03/04/1985,M,,1 High St,SK4 2AB,,,,,,,,\r\n"
                + ",<script>alert(1)</script>,Nobody,,,,,,,,,,,,,\r\n"
                + "S4,Dan,\"=cmd|' /C calc'!A0\",31/02/2016,U,123,,,,,,,,,,\r\n");
        Visitor engineer = new Visitor();
        engineer.signIn("stockport", "de.stockport", "demo");
        String csrf = csrfOf(engineer, "stockport");

        String run = startLoad(engineer, csrf);
        AtomicReference<String> finished = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> view = engineer.get("/t/stockport/api/loads/" + run);
            assertThat(view.statusCode()).isEqualTo(200);
            assertThat(view.body()).doesNotContain("\"status\":\"RUNNING\"");
            finished.set(view.body());
        });

        assertThat(finished.get()).contains("\"status\":\"PUBLISHED\"").contains("\"rowsRead\":4").contains("\"rowsAccepted\":3")
                .contains("\"rowsQuarantined\":1").contains("\"extract\":\"file csc_people.csv\"")
                .contains("\"duplicates\":0").contains("\"invalidIdentifiers\":{\"nhsNumber\":1");
        HttpResponse<String> quarantine = engineer.get("/t/stockport/api/loads/" + run + "/quarantine");
        assertThat(quarantine.body()).contains("\"row\":3").contains("\"field\":\"recordId\"")
                .contains("\"reason\":\"the row has no record id\"").containsAnyOf("<script>", "\\u003cscript\\u003e");
        HttpResponse<String> csv = engineer.get("/t/stockport/api/loads/" + run + "/quarantine.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(csv.body()).startsWith("row,field,reason,raw").contains("3,recordId,the row has no record id,");
        HttpResponse<String> report = engineer.get("/t/stockport/api/loads/" + run + "/report.json");
        assertThat(report.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("report.json"));
        HttpResponse<String> sources = engineer.get("/t/stockport/api/sources");
        assertThat(sources.body()).contains("\"id\":\"csc-people\"").contains("\"adapter\":\"csv-file\"")
                .contains("\"schedule\":\"daily at 02:00 Europe/London\"");
        String storedNames = ItEnvironment.adminQuery("SELECT string_agg(given_name || '|' || family_name, ';' ORDER BY row_number) "
                + "FROM adapters.current_source_record WHERE council_id = 'stockport' AND source_id = 'csc-people'");
        assertThat(storedNames).isEqualTo("Amy|Smith;=HYPERLINK(\"http://x.example\")|Smith;Dan|=cmd|' /C calc'!A0");
    }

    @Test
    void aHostileQuarantineDownloadsAsInertCells() throws Exception {
        drop("stockport", "csc_relationships.csv", "PERSON_ID,RELATED_PERSON_ID,RELATIONSHIP\r\n"
                + "S1,S2,PARENT\r\nS2,S1,CHILD\r\nS1,S3,PARENT\r\n=1+1,S9,@SUM(A1)\r\n");
        Visitor engineer = new Visitor();
        engineer.signIn("stockport", "de.stockport", "demo");
        String csrf = csrfOf(engineer, "stockport");
        HttpResponse<String> started = awaitStarted(engineer, "csc-relationships", csrf);
        String run = idOf(started.body());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(engineer.get("/t/stockport/api/loads/" + run).body()).contains("\"status\":\"PUBLISHED\""));
        String csv = engineer.get("/t/stockport/api/loads/" + run + "/quarantine.csv").body();

        assertThat(csv).contains("4,relationship,").contains(",\"'=1+1,S9,@SUM(A1)\"").doesNotContain("\"=1+1");
    }

    @Test
    void otherRolesAndOtherCouncilsGetNothing() throws Exception {
        Visitor worker = new Visitor();
        worker.signIn("stockport", "sw.stockport", "demo");
        Visitor leedsEngineer = new Visitor();
        leedsEngineer.signIn("leeds", "de.leeds", "demo");
        Visitor lead = new Visitor();
        lead.signIn("stockport", "lead.stockport", "demo");
        String csrf = csrfOf(lead, "stockport");

        assertThat(worker.get("/t/stockport/api/loads").statusCode()).isEqualTo(403);
        assertThat(worker.get("/t/stockport/api/sources").statusCode()).isEqualTo(403);
        assertThat(leedsEngineer.get("/t/stockport/api/loads").statusCode()).isIn(401, 403);
        assertThat(leedsEngineer.get("/t/leeds/api/loads").body()).doesNotContain("csc_people.csv");
        assertThat(lead.get("/t/stockport/api/loads").statusCode()).isEqualTo(200);
        assertThat(lead.post("/t/stockport/api/sources/csc-people/loads", Map.of(), "X-CSRF-Token", csrf).statusCode())
                .as("a regional lead sees loads but does not start them").isEqualTo(403);
        assertThat(lead.get("/t/stockport/api/loads/not-a-run").statusCode()).isEqualTo(404);
        assertThat(lead.get("/t/stockport/api/loads/00000000-0000-0000-0000-000000000000").body()).contains("\"error\":\"not_found\"");
        assertThat(WebClient.get("/t/stockport/api/loads").statusCode()).isEqualTo(401);
    }

    @Test
    void startingALoadNeedsTheSessionsCsrfTokenAndAKnownSource() {
        Visitor engineer = new Visitor();
        engineer.signIn("stockport", "de.stockport", "demo");
        String csrf = csrfOf(engineer, "stockport");

        assertThat(engineer.post("/t/stockport/api/sources/csc-people/loads", Map.of()).statusCode()).isEqualTo(403);
        assertThat(engineer.post("/t/stockport/api/sources/no-such-source/loads", Map.of(), "X-CSRF-Token", csrf).body())
                .contains("\"error\":\"not_found\"");
    }

    /** The session's CSRF token, as the API tells a browser session. */
    private static String csrfOf(Visitor visitor, String council) {
        Matcher token = CSRF.matcher(visitor.get("/t/" + council + "/api/me").body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static String startLoad(Visitor engineer, String csrf) {
        return idOf(awaitStarted(engineer, "csc-people", csrf).body());
    }

    /** Starts a load; the server's own first load of the source may be running, so it tries again until it starts. */
    private static HttpResponse<String> awaitStarted(Visitor engineer, String source, String csrf) {
        AtomicReference<HttpResponse<String>> started = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> response = engineer.post("/t/stockport/api/sources/" + source + "/loads", Map.of(),
                    "X-CSRF-Token", csrf);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            started.set(response);
        });
        assertThat(started.get().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/loads/"));
        return started.get();
    }

    private static String idOf(String body) {
        Matcher id = ID.matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return id.group(1);
    }

    private static void drop(String council, String file, String text) throws Exception {
        Path folder = Files.createDirectories(ItEnvironment.sources().resolve(council));
        Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
    }
}
