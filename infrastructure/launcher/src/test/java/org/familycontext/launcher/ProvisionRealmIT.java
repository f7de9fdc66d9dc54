package org.familycontext.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import picocli.CommandLine;

/**
 * {@code ./fc tenants provision-realm} against the test run's real Keycloak: creates the council's
 * realm from its tenant configuration, and running it again changes nothing and duplicates nothing.
 */
class ProvisionRealmIT {

    private static final String COUNCIL = "wigan";

    @TempDir
    Path configuration;
    private Keycloak admin;
    private String keycloak;

    @BeforeEach
    void wigansConfiguration() throws IOException {
        keycloak = env("FC_IT_KEYCLOAK_URL");
        Path shipped = Path.of("../../tenant-config");
        Files.createDirectories(configuration.resolve("branding"));
        Files.copy(shipped.resolve("branding/leeds.svg"), configuration.resolve("branding/leeds.svg"));
        Files.writeString(configuration.resolve("wigan.yaml"), Files.readString(shipped.resolve("leeds.yaml"))
                .replace("id: leeds", "id: wigan").replace("Leeds City Council", "Wigan Council")
                .replace("http://127.0.0.1:18080/realms/leeds", keycloak + "/realms/wigan"));
        admin = KeycloakBuilder.builder().serverUrl(keycloak).realm("master").clientId("admin-cli")
                .grantType(OAuth2Constants.PASSWORD).username("admin").password(env("FC_IT_KEYCLOAK_ADMIN_PASSWORD")).build();
    }

    @AfterEach
    void removeTheRealm() {
        if (admin.realms().findAll().stream().anyMatch(r -> COUNCIL.equals(r.getRealm()))) {
            admin.realm(COUNCIL).remove();
        }
        admin.close();
    }

    @Test
    void provisionsTheRealmFromTenantConfigurationAndIsIdempotent() {
        assertThat(provision()).isZero();
        assertThat(provision()).as("second run").isZero();

        RealmResource realm = admin.realm(COUNCIL);
        assertThat(realm.toRepresentation().getDisplayName()).isEqualTo("Wigan Council");
        assertThat(realm.toRepresentation().isRegistrationAllowed()).isFalse();
        assertThat(realm.roles().list()).extracting(RoleRepresentation::getName).containsAll(RealmProvisioner.ROLES);
        List<ClientRepresentation> clients = realm.clients().findByClientId("family-context");
        assertThat(clients).hasSize(1);
        ClientRepresentation client = clients.get(0);
        assertThat(client.isPublicClient()).isFalse();
        assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(client.isImplicitFlowEnabled()).isFalse();
        assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256")
                .containsEntry("post.logout.redirect.uris", "https://familycontext.example.gov.uk/t/wigan/signed-out");
        assertThat(client.getRedirectUris()).containsExactly("https://familycontext.example.gov.uk/t/wigan/sign-in/callback");
        assertThat(realm.clients().get(client.getId()).getProtocolMappers().getMappers())
                .extracting(ProtocolMapperRepresentation::getName)
                .containsExactlyInAnyOrder("family-context-roles", "family-context-audience");
        assertThat(realm.users().searchByUsername("sw.wigan", true)).as("no demo users unless asked").isEmpty();
    }

    @Test
    void addsDemoUsersOnlyWhenAsked() {
        assertThat(provision("--demo-users")).isZero();

        var sw = admin.realm(COUNCIL).users().searchByUsername("sw.wigan", true);
        assertThat(sw).hasSize(1);
        assertThat(admin.realm(COUNCIL).users().get(sw.get(0).getId()).roles().realmLevel().listAll())
                .extracting(RoleRepresentation::getName).contains("social-worker");
    }

    @Test
    void refusesACouncilWithoutValidConfiguration() {
        assertThat(new CommandLine(new Fc()).execute("tenants", "provision-realm", "nowhere", "--config",
                configuration.toString())).isEqualTo(2);
    }

    private int provision(String... extra) {
        List<String> args = new ArrayList<>(List.of("tenants", "provision-realm", COUNCIL, "--config",
                configuration.toString(), "--admin-password-env", "FC_IT_KEYCLOAK_ADMIN_PASSWORD",
                "--public-url", "https://familycontext.example.gov.uk"));
        args.addAll(List.of(extra));
        return new CommandLine(new Fc()).execute(args.toArray(String[]::new));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the integration tests with ./fc test");
        }
        return value.replaceAll("/+$", "");
    }
}
