package org.familycontext.synthetic.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.familycontext.synthetic.ExtractStyle;
import org.familycontext.synthetic.sources.Field;
import org.familycontext.synthetic.sources.SourceFile;

/**
 * The name and columns of one extract file in one style, as the design note
 * (docs/design/synthetic-region.md) lists them. Each table line is: canonical field, then the
 * column name in the liquidlogic, mosaic and eclipse styles.
 *
 * @param fileName e.g. csc_people.csv
 * @param columns  in order
 */
public record FileLayout(String fileName, List<Column> columns) {

    private static final String NAMES = """
            GIVEN_NAME FORENAME first_name GivenName
            FAMILY_NAME SURNAME last_name FamilyName
            DATE_OF_BIRTH DOB date_of_birth BirthDate
            """;
    private static final String GENDER = "GENDER GENDER sex Gender\n";
    private static final String NHS = "NHS_NUMBER NHS_NUMBER nhs_no NhsNumber\n";
    private static final String ADDRESS = """
            ADDRESS ADDRESS address_line AddressLine
            POSTCODE POSTCODE post_code Postcode
            """;
    private static final String UPRN = "UPRN UPRN uprn Uprn\n";
    private static final String CSC_PEOPLE = "RECORD_ID PERSON_ID person_id Id\n" + NAMES + GENDER + NHS + ADDRESS
            + UPRN + """
            TYPE EPISODE_TYPE episode_type EpisodeType
            START EPISODE_START episode_start EpisodeStart
            END EPISODE_END episode_end EpisodeEnd
            PRACTITIONER_NAME WORKER_NAME allocated_worker WorkerName
            PRACTITIONER_PHONE WORKER_PHONE worker_phone WorkerPhone
            PRACTITIONER_EMAIL WORKER_EMAIL worker_email WorkerEmail
            TEAM TEAM team_name Team
            """;
    private static final String CSC_RELATIONSHIPS = """
            RECORD_ID PERSON_ID person_id Id
            RELATED_RECORD_ID RELATED_PERSON_ID related_person_id RelatedId
            RELATIONSHIP RELATIONSHIP relationship_type Relationship
            """;
    private static final String SCHOOL = "UPN UPN upn Upn\n" + NAMES + GENDER + ADDRESS + """
            ORGANISATION SCHOOL_NAME school SchoolName
            PRACTITIONER_PHONE SCHOOL_PHONE school_phone SchoolPhone
            TYPE ADMISSION_TYPE admission_type AdmissionType
            START ON_ROLL_FROM start_date OnRollFrom
            END ON_ROLL_TO end_date OnRollTo
            """;
    private static final String ADULT_SOCIAL_CARE = "RECORD_ID CLIENT_ID client_id ClientId\n" + NAMES + GENDER + NHS
            + ADDRESS + UPRN + """
            ORGANISATION ORGANISATION organisation Organisation
            PRACTITIONER_NAME WORKER_NAME worker_name WorkerName
            PRACTITIONER_ROLE WORKER_ROLE worker_role WorkerRole
            PRACTITIONER_PHONE WORKER_PHONE worker_phone WorkerPhone
            PRACTITIONER_EMAIL WORKER_EMAIL worker_email WorkerEmail
            START INVOLVEMENT_START start_date StartDate
            LAST_CONTACT LAST_CONTACT last_contact_date LastContactDate
            END INVOLVEMENT_END end_date EndDate
            """;
    private static final String HOUSING = "RECORD_ID TENANT_REF tenant_ref TenantRef\n" + NAMES + ADDRESS + UPRN + """
            ORGANISATION PROVIDER housing_provider Provider
            PRACTITIONER_NAME OFFICER_NAME officer_name OfficerName
            PRACTITIONER_ROLE OFFICER_ROLE officer_role OfficerRole
            PRACTITIONER_PHONE OFFICER_PHONE officer_phone OfficerPhone
            PRACTITIONER_EMAIL OFFICER_EMAIL officer_email OfficerEmail
            ASB ASB asb Asb
            EVICTION EVICTION eviction Eviction
            NOTICE_SEEKING_POSSESSION NSP notice_seeking_possession Nsp
            RENT_ARREARS RENT_ARREARS rent_arrears RentArrears
            START TENANCY_START tenancy_start TenancyStart
            END TENANCY_END tenancy_end TenancyEnd
            """;
    private static final String POLICE = """
            RECORD_ID OFFENCE_REF offence_ref OffenceRef
            PERSON_REF NOMINAL_ID nominal_id NominalId
            """ + NAMES + GENDER + ADDRESS + """
            ORGANISATION FORCE_AREA police_area ForceArea
            PRACTITIONER_NAME OFFICER_NAME officer_name OfficerName
            PRACTITIONER_ROLE OFFICER_ROLE officer_role OfficerRole
            PRACTITIONER_PHONE OFFICER_PHONE officer_phone OfficerPhone
            OFFENCE_DATE OFFENCE_DATE offence_date OffenceDate
            OFFENCE_TYPE OFFENCE_TYPE offence_type OffenceType
            OFFENCE_ROLE INVOLVEMENT involvement Involvement
            SAFEGUARDING SAFEGUARDING safeguarding Safeguarding
            """;

    public FileLayout {
        columns = List.copyOf(columns);
    }

    /** The layout of a file in a style. */
    public static FileLayout of(ExtractStyle style, SourceFile file) {
        return switch (file) {
            case CSC_PEOPLE -> parse(style, CSC_PEOPLE, "csc_people.csv", "people.csv", "CSC_Persons.csv");
            case CSC_RELATIONSHIPS -> parse(style, CSC_RELATIONSHIPS, "csc_relationships.csv", "relationships.csv",
                    "CSC_Relationships.csv");
            case SCHOOL -> parse(style, SCHOOL, "school.csv", "education.csv", "EDU_Pupils.csv");
            case ADULT_SOCIAL_CARE -> parse(style, ADULT_SOCIAL_CARE, "asc.csv", "adult_social_care.csv",
                    "ASC_Clients.csv");
            case HOUSING -> parse(style, HOUSING, "housing.csv", "housing_tenants.csv", "HSG_Tenants.csv");
            case POLICE -> parse(style, POLICE, "police.csv", "police_nominals.csv", "POL_Nominals.csv");
        };
    }

    /** The canonical fields the file writes. */
    public Set<Field> fields() {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        columns.forEach(c -> fields.add(c.field()));
        return fields;
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    private static FileLayout parse(ExtractStyle style, String table, String... fileNames) {
        List<Column> columns = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split(" ");
            columns.add(new Column(cells[1 + style.ordinal()], Field.valueOf(cells[0])));
        }
        return new FileLayout(fileNames[style.ordinal()], columns);
    }
}
