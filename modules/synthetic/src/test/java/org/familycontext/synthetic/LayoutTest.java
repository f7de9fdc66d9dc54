package org.familycontext.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names, headers and line ends exactly as docs/design/synthetic-region.md lists them. */
class LayoutTest {

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("stockport/csc_people.csv", "PERSON_ID,FORENAME,SURNAME,DOB,GENDER,NHS_NUMBER,ADDRESS,POSTCODE,"
                    + "UPRN,EPISODE_TYPE,EPISODE_START,EPISODE_END,WORKER_NAME,WORKER_PHONE,WORKER_EMAIL,TEAM"),
            Map.entry("stockport/csc_relationships.csv", "PERSON_ID,RELATED_PERSON_ID,RELATIONSHIP"),
            Map.entry("stockport/school.csv", "UPN,FORENAME,SURNAME,DOB,GENDER,ADDRESS,POSTCODE,SCHOOL_NAME,"
                    + "SCHOOL_PHONE,ADMISSION_TYPE,ON_ROLL_FROM,ON_ROLL_TO"),
            Map.entry("stockport/asc.csv", "CLIENT_ID,FORENAME,SURNAME,DOB,GENDER,NHS_NUMBER,ADDRESS,POSTCODE,UPRN,"
                    + "ORGANISATION,WORKER_NAME,WORKER_ROLE,WORKER_PHONE,WORKER_EMAIL,INVOLVEMENT_START,LAST_CONTACT,"
                    + "INVOLVEMENT_END"),
            Map.entry("stockport/housing.csv", "TENANT_REF,FORENAME,SURNAME,DOB,ADDRESS,POSTCODE,UPRN,PROVIDER,"
                    + "OFFICER_NAME,OFFICER_ROLE,OFFICER_PHONE,OFFICER_EMAIL,ASB,EVICTION,NSP,RENT_ARREARS,"
                    + "TENANCY_START,TENANCY_END"),
            Map.entry("stockport/police.csv", "OFFENCE_REF,NOMINAL_ID,FORENAME,SURNAME,DOB,GENDER,ADDRESS,POSTCODE,"
                    + "FORCE_AREA,OFFICER_NAME,OFFICER_ROLE,OFFICER_PHONE,OFFENCE_DATE,OFFENCE_TYPE,INVOLVEMENT,"
                    + "SAFEGUARDING"),
            Map.entry("leeds/people.csv", "person_id,first_name,last_name,date_of_birth,sex,nhs_no,address_line,"
                    + "post_code,uprn,episode_type,episode_start,episode_end,allocated_worker,worker_phone,"
                    + "worker_email,team_name"),
            Map.entry("leeds/relationships.csv", "person_id,related_person_id,relationship_type"),
            Map.entry("leeds/education.csv", "upn,first_name,last_name,date_of_birth,sex,address_line,post_code,"
                    + "school,school_phone,admission_type,start_date,end_date"),
            Map.entry("leeds/adult_social_care.csv", "client_id,first_name,last_name,date_of_birth,sex,nhs_no,"
                    + "address_line,post_code,uprn,organisation,worker_name,worker_role,worker_phone,worker_email,"
                    + "start_date,last_contact_date,end_date"),
            Map.entry("leeds/housing_tenants.csv", "tenant_ref,first_name,last_name,date_of_birth,address_line,"
                    + "post_code,uprn,housing_provider,officer_name,officer_role,officer_phone,officer_email,asb,"
                    + "eviction,notice_seeking_possession,rent_arrears,tenancy_start,tenancy_end"),
            Map.entry("leeds/police_nominals.csv", "offence_ref,nominal_id,first_name,last_name,date_of_birth,sex,"
                    + "address_line,post_code,police_area,officer_name,officer_role,officer_phone,offence_date,"
                    + "offence_type,involvement,safeguarding"),
            Map.entry("manchester/CSC_Persons.csv", "Id,GivenName,FamilyName,BirthDate,Gender,NhsNumber,AddressLine,"
                    + "Postcode,Uprn,EpisodeType,EpisodeStart,EpisodeEnd,WorkerName,WorkerPhone,WorkerEmail,Team"),
            Map.entry("manchester/CSC_Relationships.csv", "Id,RelatedId,Relationship"),
            Map.entry("manchester/EDU_Pupils.csv", "Upn,GivenName,FamilyName,BirthDate,Gender,AddressLine,Postcode,"
                    + "SchoolName,SchoolPhone,AdmissionType,OnRollFrom,OnRollTo"),
            Map.entry("manchester/ASC_Clients.csv", "ClientId,GivenName,FamilyName,BirthDate,Gender,NhsNumber,"
                    + "AddressLine,Postcode,Uprn,Organisation,WorkerName,WorkerRole,WorkerPhone,WorkerEmail,StartDate,"
                    + "LastContactDate,EndDate"),
            Map.entry("manchester/HSG_Tenants.csv", "TenantRef,GivenName,FamilyName,BirthDate,AddressLine,Postcode,"
                    + "Uprn,Provider,OfficerName,OfficerRole,OfficerPhone,OfficerEmail,Asb,Eviction,Nsp,RentArrears,"
                    + "TenancyStart,TenancyEnd"),
            Map.entry("manchester/POL_Nominals.csv", "OffenceRef,NominalId,GivenName,FamilyName,BirthDate,Gender,"
                    + "AddressLine,Postcode,ForceArea,OfficerName,OfficerRole,OfficerPhone,OffenceDate,OffenceType,"
                    + "Involvement,Safeguarding"),
            Map.entry("truth/records.csv", "council,file,row_number,record_id,person_id,household_id"),
            Map.entry("truth/people.csv", "person_id,given_name,family_name,date_of_birth,gender,nhs_number,upn,"
                    + "household_id,family_id"),
            Map.entry("truth/relationships.csv", "person_id,related_person_id,relationship"),
            Map.entry("truth/households.csv", "household_id,family_id,council,uprn,postcode,from,to"),
            Map.entry("truth/errors.csv", "council,file,row_number,record_id,person_id,field,error,true_value,"
                    + "written_value"));

    @TempDir
    static Path root;
    static SampleRegion region;

    @BeforeAll
    static void generate() {
        region = SampleRegion.generate(root, 1000, 3);
    }

    @Test
    void writesExactlyTheFilesOfEachStyleAndTheTruth() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> written = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .map(s -> s.replace('\\', '/')).sorted().toList();
            assertThat(written).containsExactlyInAnyOrderElementsOf(HEADERS.keySet());
        }
    }

    @Test
    void headersAreTheDesignNotesColumnsInOrder() throws IOException {
        for (Map.Entry<String, String> file : HEADERS.entrySet()) {
            String firstLine = Files.readAllLines(root.resolve(file.getKey())).get(0);
            assertThat(firstLine).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @Test
    void everyFileIsStrictCsvWithItsStylesLineEndAndFullRows() {
        for (String council : SampleRegion.COUNCILS) {
            for (int kind = 0; kind < 6; kind++) {
                CsvText csv = region.extract(council, kind);
                assertThat(csv.rows).as(council + " " + kind).isNotEmpty()
                        .allSatisfy(row -> assertThat(row).hasSameSizeAs(csv.header));
            }
        }
        for (String truth : List.of("records.csv", "people.csv", "relationships.csv", "households.csv", "errors.csv")) {
            CsvText csv = region.truth(truth);
            assertThat(csv.rows).isNotEmpty().allSatisfy(row -> assertThat(row).hasSameSizeAs(csv.header));
        }
    }

    @Test
    void liquidlogicEndsLinesWithCrLfAndTheOthersWithLf() throws IOException {
        assertThat(Files.readString(root.resolve("stockport/school.csv"))).contains("\r\n");
        assertThat(Files.readString(root.resolve("leeds/education.csv"))).doesNotContain("\r");
        assertThat(Files.readString(root.resolve("manchester/EDU_Pupils.csv"))).doesNotContain("\r");
        assertThat(Files.readString(root.resolve("truth/people.csv"))).doesNotContain("\r");
    }

    @Test
    void theReportCountsTheRowsWritten() {
        assertThat(region.report.rows("leeds", "education.csv")).isEqualTo(region.extract("leeds", 2).rows.size());
        assertThat(region.report.rows("truth", "people.csv")).isEqualTo(region.report.people());
        assertThat(region.report.people()).isBetween(3000L, 3100L);
        assertThat(region.report.bytes()).isPositive();
    }
}
