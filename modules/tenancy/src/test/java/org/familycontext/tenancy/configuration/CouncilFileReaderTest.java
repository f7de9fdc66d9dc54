package org.familycontext.tenancy.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.AgeRange;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.Journey;
import org.familycontext.tenancy.RegionSettings;
import org.familycontext.tenancy.SecretReference;
import org.familycontext.tenancy.SessionPolicy;
import org.familycontext.tenancy.testing.ShippedConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CouncilFileReaderTest {

    private static final CouncilFileReader READER = new CouncilFileReader(SchemaCheck.forCouncils());
    private static final BrandingFiles BRANDING = new BrandingFiles(Map.of(
            "stockport.svg", FileInput.of("stockport.svg", ShippedConfiguration.bytes("branding/stockport.svg")),
            "leeds.svg", FileInput.of("leeds.svg", ShippedConfiguration.bytes("branding/leeds.svg")),
            "manchester.svg", FileInput.of("manchester.svg", ShippedConfiguration.bytes("branding/manchester.svg"))));
    private static final RegionSettings REGION = new RegionSettings("Test region",
            Map.of(Dataset.POLICE, new AgeRange(OptionalInt.of(18), OptionalInt.empty()),
                    Dataset.HOUSING, new AgeRange(OptionalInt.of(16), OptionalInt.empty())));

    private static final String LEEDS = ShippedConfiguration.text("leeds.yaml");

    @ParameterizedTest
    @ValueSource(strings = {"stockport.yaml", "leeds.yaml", "manchester.yaml"})
    void acceptsEveryShippedCouncil(String file) {
        CouncilFileOutcome outcome = READER.read(FileInput.ofText(file, ShippedConfiguration.text(file)), BRANDING, REGION);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.accepted()).isPresent();
    }

    @Test
    void bindsEverySetting() {
        Council leeds = accept("leeds.yaml", LEEDS);

        assertThat(leeds.id()).isEqualTo(new CouncilId("leeds"));
        assertThat(leeds.displayName()).isEqualTo("Leeds City Council");
        assertThat(leeds.branding().colour()).isEqualTo("#00703c");
        assertThat(leeds.branding().logo().mediaType()).isEqualTo("image/svg+xml");
        assertThat(leeds.branding().supportContact().phone()).isEmpty();
        assertThat(leeds.identityProvider().issuer()).hasToString("http://127.0.0.1:18080/realms/leeds");
        assertThat(leeds.identityProvider().clientSecret())
                .contains(new SecretReference(SecretReference.Source.ENVIRONMENT, "FC_LEEDS_CLIENT_SECRET"));
        assertThat(leeds.datasets()).containsExactlyInAnyOrder(Dataset.CHILDRENS_SOCIAL_CARE, Dataset.SCHOOL,
                Dataset.HOUSING, Dataset.POLICE);
        assertThat(leeds.journey()).isEqualTo(Journey.CHILD_FIRST);
        assertThat(leeds.version()).hasSize(12);
    }

    @Test
    void identityDefaultsSuitAKeycloakRealmProvisionedByFamilyContext() {
        Council leeds = accept("leeds.yaml", LEEDS);

        assertThat(leeds.identityProvider().apiAudience()).isEqualTo("family-context-api");
        assertThat(leeds.identityProvider().roleClaim()).isEqualTo("roles");
        assertThat(leeds.identityProvider().roleValues()).containsEntry("social-worker", Set.of("social-worker"))
                .containsEntry("regional-lead", Set.of("regional-lead")).hasSize(6);
        assertThat(leeds.session()).isEqualTo(SessionPolicy.DEFAULT);
    }

    @Test
    void rolesCanComeFromAnyClaimAndValuesSuchAsEntraGroups() {
        Council leeds = accept("leeds.yaml", LEEDS.replace("  clientId: family-context\n", "  clientId: family-context\n"
                + "  apiAudience: api://family-context\n  roleClaim: groups\n  roles:\n"
                + "    social-worker: [0f1e2d3c-aaaa-bbbb-cccc-000000000001, 0f1e2d3c-aaaa-bbbb-cccc-000000000002]\n")
                + "session:\n  idleMinutes: 15\n  absoluteHours: 8\n");

        assertThat(leeds.identityProvider().roleClaim()).isEqualTo("groups");
        assertThat(leeds.identityProvider().apiAudience()).isEqualTo("api://family-context");
        assertThat(leeds.identityProvider().roleValues().get("social-worker"))
                .containsExactly("0f1e2d3c-aaaa-bbbb-cccc-000000000001", "0f1e2d3c-aaaa-bbbb-cccc-000000000002");
        assertThat(leeds.identityProvider().roleValues().get("auditor")).as("a mapping grants only what it lists").isEmpty();
        assertThat(leeds.session()).isEqualTo(new SessionPolicy(Duration.ofMinutes(15), Duration.ofHours(8)));
    }

    @Test
    void refusesAnApiAudienceThatIdTokensCarry() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("  clientId: family-context\n",
                "  clientId: family-context\n  apiAudience: family-context\n"));

        assertThat(problem.path()).isEqualTo("identityProvider.apiAudience");
        assertThat(problem.problem()).contains("ID tokens");
    }

    @Test
    void refusesAnUnknownRole() {
        List<ConfigurationProblem> problems = refuse("leeds.yaml", LEEDS.replace("  clientId: family-context\n",
                "  clientId: family-context\n  roles:\n    super-user: [admins]\n"));

        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).describe()).contains("super-user");
    }

    @Test
    void refusesAnIdleTimeOutLongerThanTheSession() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS + "session:\n  idleMinutes: 120\n  absoluteHours: 1\n");

        assertThat(problem.path()).isEqualTo("session");
        assertThat(problem.problem()).isEqualTo("the idle time-out is longer than the absolute one");
    }

    @Test
    void councilAgeRulesOverrideTheRegionDefaults() {
        Council council = accept("leeds.yaml", LEEDS + "ageRules:\n  police: { minAge: 17 }\n");

        assertThat(council.ageRule(Dataset.POLICE).orElseThrow().admits(17)).isTrue();
        assertThat(council.ageRule(Dataset.HOUSING).orElseThrow().admits(15)).isFalse();
        assertThat(council.ageRule(Dataset.SCHOOL)).isEmpty();
    }

    @Test
    void locatesAWrongColourAndSaysWhatIsExpected() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("\"#00703c\"", "\"green\""));

        assertThat(problem.line()).isEqualTo(lineOf(LEEDS, "colour:"));
        assertThat(problem.column()).isEqualTo(11);
        assertThat(problem.path()).isEqualTo("branding.colour");
        assertThat(problem.describe()).isEqualTo("leeds.yaml:7:11: branding.colour: \"green\" is not valid; expected: "
                + "a colour written as # and six hex digits, e.g. \"#1d70b8\" (quote it in YAML)");
    }

    @Test
    void explainsAnUnquotedColourThatYamlReadAsAComment() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("\"#00703c\"", "#00703c"));

        assertThat(problem.path()).isEqualTo("branding.colour");
        assertThat(problem.problem()).contains("empty value");
        assertThat(problem.expected()).hasValueSatisfying(e -> assertThat(e).contains("quote"));
    }

    @Test
    void namesAnUnknownSettingSuggestsTheNearestAndListsTheAllowedOnes() {
        List<ConfigurationProblem> problems = refuse("leeds.yaml", LEEDS.replace("  colour:", "  colur:"));

        assertThat(problems).extracting(ConfigurationProblem::describe).containsExactly(
                "leeds.yaml:6:3: branding.colour: the setting 'colour' is missing; expected: The header colour. "
                        + "White text on it must reach a contrast ratio of 4.5:1 (WCAG 2.2 AA).",
                "leeds.yaml:7:10: branding.colur: unknown setting 'colur' (did you mean 'colour'?); "
                        + "expected: one of: colour, logo, serviceName, supportContact");
    }

    @Test
    void namesAMissingSettingWithItsDescription() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("  issuer: http://127.0.0.1:18080/realms/leeds\n", ""));

        assertThat(problem.path()).isEqualTo("identityProvider.issuer");
        assertThat(problem.problem()).isEqualTo("the setting 'issuer' is missing");
        assertThat(problem.expected()).hasValueSatisfying(e -> assertThat(e).contains("OIDC issuer URL"));
    }

    @Test
    void listsTheAllowedJourneys() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("journey: child-first", "journey: family-first"));

        assertThat(problem.describe()).endsWith("journey: \"family-first\" is not allowed; expected: one of: search-any, child-first");
    }

    @Test
    void refusesASecretWrittenIntoTheFileWithoutRepeatingIt() {
        String withSecret = LEEDS.replace("  clientSecret:\n    env: FC_LEEDS_CLIENT_SECRET\n",
                "  clientSecret: s3cr3t-Pa55word\n");

        ConfigurationProblem problem = single("leeds.yaml", withSecret);

        assertThat(problem.path()).isEqualTo("identityProvider.clientSecret");
        assertThat(problem.describe()).doesNotContain("s3cr3t").contains("never the secret itself");
    }

    @Test
    void refusesAnUnknownDatasetInAList() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("  - school\n", "  - schools\n"));

        assertThat(problem.path()).isEqualTo("datasets[1]");
        assertThat(problem.describe()).contains("\"schools\" is not allowed").contains("school,");
    }

    @Test
    void reportsEveryProblemInFileOrder() {
        String twoWrong = LEEDS.replace("\"#00703c\"", "\"green\"").replace("journey: child-first", "journey: x");

        List<ConfigurationProblem> problems = refuse("leeds.yaml", twoWrong);

        assertThat(problems).extracting(ConfigurationProblem::path).containsExactly("branding.colour", "journey");
    }

    @Test
    void refusesAnIdThatDiffersFromTheFileName() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("id: leeds", "id: bradford"));

        assertThat(problem.path()).isEqualTo("id");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.expected()).contains("id: leeds (the file name without .yaml)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leeds.yaml", "leeds.yml", "leeds council.yaml", "region2.YAML", "x.yaml"})
    void refusesFileNamesThatAreNotCouncilIds(String name) {
        List<ConfigurationProblem> problems = refuse(name, LEEDS);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.problem()).contains("file name");
        });
    }

    @Test
    void refusesAMissingLogo() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("logo: leeds.svg", "logo: leeds-new.svg"));

        assertThat(problem.describe()).contains("branding.logo: the logo file branding/leeds-new.svg was not found");
    }

    @Test
    void refusesALogoThatIsNotAnImage() {
        BrandingFiles fake = new BrandingFiles(Map.of("leeds.png", FileInput.ofText("leeds.png", "not a png")));

        CouncilFileOutcome outcome = READER.read(FileInput.ofText("leeds.yaml", LEEDS.replace("leeds.svg", "leeds.png")),
                fake, REGION);

        assertThat(outcome.problems()).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("is not a valid PNG image"));
    }

    @Test
    void refusesAColourWhiteTextCannotBeReadOn() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("\"#00703c\"", "\"#ffdd00\""));

        assertThat(problem.problem()).isEqualTo("white header text on #ffdd00 has a contrast ratio of only 1.35:1");
    }

    @Test
    void refusesAPlainHttpIssuerAwayFromThisMachine() {
        ConfigurationProblem problem = single("leeds.yaml",
                LEEDS.replace("http://127.0.0.1:18080/realms/leeds", "http://login.leeds.example/realms/leeds"));

        assertThat(problem.path()).isEqualTo("identityProvider.issuer");
        assertThat(problem.problem()).contains("not https");
    }

    @Test
    void refusesInvertedAgeRules() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS + "ageRules:\n  school: { minAge: 21, maxAge: 4 }\n");

        assertThat(problem.path()).isEqualTo("ageRules.school");
        assertThat(problem.problem()).isEqualTo("minAge 21 is above maxAge 4");
    }

    @Test
    void refusesAgeRulesForUnknownDatasets() {
        List<ConfigurationProblem> problems = refuse("leeds.yaml", LEEDS + "ageRules:\n  pollice: { minAge: 18 }\n");

        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).describe()).contains("pollice");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS.replace("journey: child-first",
                "journey: child-first: search-any"));

        assertThat(problem.problem()).startsWith("YAML cannot be read");
        assertThat(problem.line()).isEqualTo(lineOf(LEEDS, "journey:"));
        assertThat(problem.column()).isPositive();
    }

    @Test
    void refusesDuplicateSettings() {
        ConfigurationProblem problem = single("leeds.yaml", LEEDS + "journey: search-any\n");

        assertThat(problem.problem()).contains("journey");
        assertThat(problem.expected()).contains("each setting once");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = LEEDS.replace("Leeds City Council", "Leeds Caf\u00e9 Council").getBytes(StandardCharsets.ISO_8859_1);

        List<ConfigurationProblem> problems = READER.read(FileInput.of("leeds.yaml", latin1), BRANDING, REGION).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(LEEDS, "displayName"));
            assertThat(p.problem()).contains("not valid UTF-8");
        });
    }

    @Test
    void acceptsAByteOrderMark() {
        assertThat(READER.read(FileInput.ofText("leeds.yaml", "\uFEFF" + LEEDS), BRANDING, REGION).isAccepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "# only a comment\n", "- a list\n- not a mapping\n", "just text"})
    void refusesFilesWithoutSettings(String text) {
        assertThat(refuse("leeds.yaml", text)).singleElement()
                .satisfies(p -> assertThat(p.problem()).containsAnyOf("empty", "not a mapping"));
    }

    @Test
    void refusesOversizedFilesUnread() {
        byte[] huge = new byte[YamlTreeReader.MAX_BYTES + 1];

        assertThat(READER.read(FileInput.of("leeds.yaml", huge), BRANDING, REGION).problems()).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("bytes long"));
    }

    @Test
    void refusesAliasBombs() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append("]\n");
        }

        assertThat(refuse("leeds.yaml", bomb.toString())).isNotEmpty();
    }

    private static Council accept(String file, String text) {
        CouncilFileOutcome outcome = READER.read(FileInput.ofText(file, text), BRANDING, REGION);
        assertThat(outcome.problems()).isEmpty();
        return outcome.accepted().orElseThrow();
    }

    private static List<ConfigurationProblem> refuse(String file, String text) {
        CouncilFileOutcome outcome = READER.read(FileInput.ofText(file, text), BRANDING, REGION);
        assertThat(outcome.accepted()).isEmpty();
        return outcome.problems();
    }

    private static ConfigurationProblem single(String file, String text) {
        List<ConfigurationProblem> problems = refuse(file, text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in text");
    }
}
