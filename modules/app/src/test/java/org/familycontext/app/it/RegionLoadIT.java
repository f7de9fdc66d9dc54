package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.familycontext.kernel.CouncilId;
import org.familycontext.synthetic.GenerationReport;
import org.familycontext.synthetic.RegionGenerator;
import org.familycontext.synthetic.RegionSpec;
import org.familycontext.synthetic.WarehouseTables;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A generated region loaded through the running server, every source of three councils: Stockport
 * and Manchester from CSV files in their drop folders (two styles), Leeds from tables in its
 * warehouse database over JDBC. Every row the generator wrote is read, almost all are accepted, and
 * what was accepted is what the council's current data holds.
 */
@ExtendWith(ArquillianExtension.class)
class RegionLoadIT {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static GenerationReport region;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @BeforeAll
    static void generateTheRegionAndFillLeedsWarehouse() throws Exception {
        List<CouncilId> councils = List.of(new CouncilId("stockport"), new CouncilId("leeds"), new CouncilId("manchester"));
        region = new RegionGenerator().generate(RegionSpec.of(councils, 400, 11, RegionSpec.DEFAULT_AS_OF), ItEnvironment.sources());
        try (Connection admin = DriverManager.getConnection(System.getenv("FC_IT_WAREHOUSE_URL"),
                System.getenv().getOrDefault("FC_DB_ADMIN_USER", "postgres"), System.getenv().getOrDefault("FC_DB_ADMIN_PASSWORD", ""))) {
            WarehouseTables.load(admin, ItEnvironment.sources(), List.of(new CouncilId("leeds")), "fc_warehouse");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "stockport, csc-people, csc_people.csv", "stockport, csc-relationships, csc_relationships.csv",
        "stockport, school, school.csv", "stockport, adult-social-care, asc.csv", "stockport, housing, housing.csv",
        "stockport, police, police.csv",
        "leeds, csc-people, people.csv", "leeds, csc-relationships, relationships.csv", "leeds, school, education.csv",
        "leeds, housing, housing_tenants.csv", "leeds, police, police_nominals.csv",
        "manchester, csc-people, CSC_Persons.csv", "manchester, csc-relationships, CSC_Relationships.csv",
        "manchester, school, EDU_Pupils.csv", "manchester, housing, HSG_Tenants.csv", "manchester, police, POL_Nominals.csv"
    })
    void everySourceLoadsWhatTheGeneratorWrote(String council, String source, String file) throws Exception {
        Visitor engineer = new Visitor();
        engineer.signIn(council, "de." + council, "demo");
        Matcher csrf = CSRF.matcher(engineer.get("/t/" + council + "/api/me").body());
        assertThat(csrf.find()).isTrue();
        AtomicReference<String> run = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> started = engineer.post("/t/" + council + "/api/sources/" + source + "/loads", Map.of(),
                    "X-CSRF-Token", csrf.group(1));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            Matcher id = ID.matcher(started.body());
            assertThat(id.find()).isTrue();
            run.set(id.group(1));
        });
        AtomicReference<String> ended = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String body = engineer.get("/t/" + council + "/api/loads/" + run.get()).body();
            assertThat(body).doesNotContain("\"status\":\"RUNNING\"");
            ended.set(body);
        });

        long written = region.rows(council, file);
        assertThat(written).isPositive();
        assertThat(ended.get()).containsPattern("\"status\":\"(PUBLISHED|UNCHANGED)\"").contains("\"rowsRead\":" + written + ",");
        int accepted = number(ended.get(), "rowsAccepted");
        assertThat(accepted).as("rows accepted of " + written).isGreaterThanOrEqualTo((int) (written * 0.95));
        String table = source.equals("csc-relationships") ? "current_source_relationship" : "current_source_record";
        assertThat(ItEnvironment.adminQuery("SELECT count(*) FROM adapters." + table + " WHERE council_id = '" + council
                + "' AND source_id = '" + source + "'")).isEqualTo(Integer.toString(accepted));
    }

    private static int number(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(value.find()).as(field).isTrue();
        return Integer.parseInt(value.group(1));
    }
}
