package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.familycontext.kernel.CouncilId;
import org.familycontext.synthetic.RegionGenerator;
import org.familycontext.synthetic.RegionSpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From extract to family through the running server: Stockport's children's social care, its
 * relationships and housing are loaded, the server links them into people after each load, and a
 * social worker finds a child and sees the family with every service and whom to call. Other roles
 * and other councils are refused.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyApiIT {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final Pattern PERSON = Pattern.compile("\\{\"dateOfBirth\":\"(\\d{4}-\\d{2}-\\d{2})\",\"familyName\":\"([^\"]+)\","
            + "\"givenName\":\"([^\"]+)\",\"id\":\"([0-9a-f-]{36})\"");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @BeforeAll
    static void loadStockportAndLeeds() throws Exception {
        // the same region as RegionLoadIT, so that the files are the same whichever test runs first
        new RegionGenerator().generate(RegionSpec.of(List.of(new CouncilId("stockport"), new CouncilId("leeds"),
                new CouncilId("manchester")), 400, 11, RegionSpec.DEFAULT_AS_OF), ItEnvironment.sources());
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(System.getenv("FC_IT_WAREHOUSE_URL"),
                System.getenv().getOrDefault("FC_DB_ADMIN_USER", "postgres"), System.getenv().getOrDefault("FC_DB_ADMIN_PASSWORD", ""))) {
            org.familycontext.synthetic.WarehouseTables.load(admin, ItEnvironment.sources(), List.of(new CouncilId("leeds")),
                    "fc_warehouse");
        }
        load("stockport", List.of("csc-people", "csc-relationships", "housing"));
        load("leeds", List.of("csc-people", "csc-relationships"));
    }

    /** Loads the council's sources as its data engineer, then re-links it. */
    private static void load(String council, List<String> sources) {
        Visitor engineer = new Visitor();
        engineer.signIn(council, "de." + council, "demo");
        String csrf = csrf(engineer, council);
        for (String source : sources) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                HttpResponse<String> started = engineer.post("/t/" + council + "/api/sources/" + source + "/loads", Map.of(),
                        "X-CSRF-Token", csrf);
                assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
                Matcher id = ID.matcher(started.body());
                assertThat(id.find()).isTrue();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(engineer.get("/t/" + council + "/api/loads/"
                        + id.group(1)).body()).containsPattern("\"status\":\"(PUBLISHED|UNCHANGED)\""));
            });
        }
        HttpResponse<String> relinked = engineer.post("/t/" + council + "/api/people/relink", Map.of(), "X-CSRF-Token", csrf);
        assertThat(relinked.statusCode()).as(relinked.body()).isEqualTo(200);
        assertThat(relinked.body()).contains("\"people\":");
    }

    @Test
    void aSocialWorkerFindsAChildAndSeesTheFamilyWithServicesAndWhomToCall() throws Exception {
        Visitor worker = new Visitor();
        worker.signIn("stockport", "sw.stockport", "demo");
        String csrf = csrf(worker, "stockport");
        String child = firstRecordOf("csc_people.csv");
        HttpResponse<String> byRecord = worker.postJson("/t/stockport/api/people/by-record", "{\"source\":\"csc-people\","
                + "\"recordId\":\"" + child + "\"}", "X-CSRF-Token", csrf);
        assertThat(byRecord.statusCode()).as(byRecord.body()).isEqualTo(200);
        Matcher person = PERSON.matcher(byRecord.body());
        assertThat(person.find()).as(byRecord.body()).isTrue();

        HttpResponse<String> search = worker.postJson("/t/stockport/api/people/search", "{\"familyName\":\"" + person.group(2)
                + "\",\"givenName\":\"" + person.group(3) + "\",\"dateOfBirth\":\"" + person.group(1) + "\"}", "X-CSRF-Token", csrf);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains(person.group(4));

        HttpResponse<String> family = worker.get("/t/stockport/api/people/" + person.group(4) + "/family");
        assertThat(family.statusCode()).as(family.body()).isEqualTo(200);
        assertThat(family.body()).contains("\"members\":", "\"involvements\":", "\"dataset\":\"childrens-social-care\"",
                "\"recordId\":\"" + child + "\"", "\"practitioner\":{\"name\":", "\"sameRecords\":", "\"possibleMatches\":",
                person.group(4));
        assertThat(family.body()).as("the child's family, from the case system's relationships").contains("\"kind\":\"RELATIONSHIP\"");
    }

    /** The first record id in one of Stockport's generated extracts. */
    private static String firstRecordOf(String file) throws java.io.IOException {
        String line = java.nio.file.Files.readAllLines(ItEnvironment.sources().resolve("stockport").resolve(file)).get(1);
        return line.substring(0, line.indexOf(','));
    }

    @Test
    void searchesAreCheckedAndNeverInTheAddress() {
        Visitor worker = new Visitor();
        worker.signIn("stockport", "sw.stockport", "demo");
        String csrf = csrf(worker, "stockport");
        HttpResponse<String> tooShort = worker.postJson("/t/stockport/api/people/search", "{\"familyName\":\"A\"}", "X-CSRF-Token", csrf);
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("family name");
        HttpResponse<String> badDate = worker.postJson("/t/stockport/api/people/search",
                "{\"familyName\":\"Smith\",\"dateOfBirth\":\"31/02/2015\"}", "X-CSRF-Token", csrf);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("yyyy-MM-dd");
        assertThat(worker.postJson("/t/stockport/api/people/search", "{\"familyName\":\"Smith\"}").statusCode())
                .as("without the CSRF token").isEqualTo(403);
        assertThat(worker.get("/t/stockport/api/people/not-an-id/family").statusCode()).isEqualTo(404);
    }

    @Test
    void aChildFirstCouncilSearchesAmongChildrenOnly() throws Exception {
        Visitor leedsWorker = new Visitor();
        leedsWorker.signIn("leeds", "sw.leeds", "demo");
        String csrf = csrf(leedsWorker, "leeds");
        LocalDate eighteenYearsAgo = LocalDate.now(java.time.ZoneId.of("Europe/London")).minusYears(18);
        String family = ItEnvironment.adminQuery("SELECT family_name FROM assembly.person p WHERE council_id = 'leeds' "
                + "AND birth_date > DATE '" + eighteenYearsAgo + "' AND EXISTS (SELECT 1 FROM assembly.person a WHERE "
                + "a.council_id = 'leeds' AND a.family_name = p.family_name AND a.birth_date <= DATE '" + eighteenYearsAgo + "') "
                + "ORDER BY family_name LIMIT 1");
        assertThat(family).as("a Leeds family name held by a child and an adult").isNotNull();
        HttpResponse<String> leeds = leedsWorker.postJson("/t/leeds/api/people/search", "{\"familyName\":\"" + family + "\"}",
                "X-CSRF-Token", csrf);
        assertThat(leeds.statusCode()).as(leeds.body()).isEqualTo(200);
        assertThat(leeds.body()).contains("\"childrenOnly\":true");
        Matcher found = PERSON.matcher(leeds.body());
        int people = 0;
        while (found.find()) {
            people++;
            assertThat(LocalDate.parse(found.group(1))).as("born after " + eighteenYearsAgo).isAfter(eighteenYearsAgo);
        }
        assertThat(people).as(leeds.body()).isPositive();

        Visitor stockportWorker = new Visitor();
        stockportWorker.signIn("stockport", "sw.stockport", "demo");
        HttpResponse<String> stockport = stockportWorker.postJson("/t/stockport/api/people/search", "{\"familyName\":\"Smith\"}",
                "X-CSRF-Token", csrf(stockportWorker, "stockport"));
        assertThat(stockport.body()).as("Stockport searches anyone").contains("\"childrenOnly\":false");
    }

    @Test
    void otherRolesAndOtherCouncilsAreRefused() {
        Visitor engineer = new Visitor();
        engineer.signIn("stockport", "de.stockport", "demo");
        assertThat(engineer.postJson("/t/stockport/api/people/search", "{\"familyName\":\"Smith\"}", "X-CSRF-Token",
                csrf(engineer, "stockport")).statusCode()).as("a data engineer does not see people").isEqualTo(403);

        Visitor stockportWorker = new Visitor();
        stockportWorker.signIn("stockport", "sw.stockport", "demo");
        Matcher person = firstPersonNamed(stockportWorker, csrf(stockportWorker, "stockport"));
        Visitor leedsWorker = new Visitor();
        leedsWorker.signIn("leeds", "sw.leeds", "demo");
        HttpResponse<String> elsewhere = leedsWorker.get("/t/leeds/api/people/" + person.group(4) + "/family");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.body()).doesNotContain(person.group(2));
        assertThat(leedsWorker.get("/t/stockport/api/people/" + person.group(4) + "/family").statusCode())
                .as("a Leeds session at Stockport's address").isIn(401, 403);
        assertThat(new Visitor().get("/t/stockport/api/people/" + person.group(4) + "/family").statusCode()).isEqualTo(401);
    }

    /** Some linked person of Stockport with a date of birth, found by searching common family names. */
    private static Matcher firstPersonNamed(Visitor worker, String csrf) {
        for (String family : List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Khan", "Patel",
                "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green")) {
            HttpResponse<String> found = worker.postJson("/t/stockport/api/people/search", "{\"familyName\":\"" + family + "\"}",
                    "X-CSRF-Token", csrf);
            assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
            Matcher person = PERSON.matcher(found.body());
            if (person.find()) {
                return person;
            }
        }
        throw new AssertionError("no person with a common family name was linked");
    }

    private static String csrf(Visitor visitor, String council) {
        Matcher csrf = CSRF.matcher(visitor.get("/t/" + council + "/api/me").body());
        assertThat(csrf.find()).isTrue();
        return csrf.group(1);
    }
}
