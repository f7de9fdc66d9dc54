package org.familycontext.app.it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A little of Keycloak's admin REST API, to put a council's provider out of service in a test;
 * everything changed is put back on close.
 */
final class KeycloakAdmin implements AutoCloseable {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private final String token;
    private final List<String> disabledRealms = new ArrayList<>();

    KeycloakAdmin() {
        HttpResponse<String> response = WebClient.send(HttpRequest.newBuilder(
                        URI.create(ItEnvironment.keycloak() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                        + System.getenv("FC_IT_KEYCLOAK_ADMIN_PASSWORD"))));
        Matcher found = ACCESS_TOKEN.matcher(response.body());
        if (!found.find()) {
            throw new AssertionError("no Keycloak admin token: " + response.statusCode());
        }
        this.token = found.group(1);
    }

    void realmEnabled(String realm, boolean enabled) {
        HttpResponse<String> response = WebClient.send(HttpRequest.newBuilder(
                        URI.create(ItEnvironment.keycloak() + "/admin/realms/" + realm))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")));
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("could not change realm " + realm + ": " + response.statusCode());
        }
        if (!enabled) {
            disabledRealms.add(realm);
        }
    }

    @Override
    public void close() {
        disabledRealms.forEach(realm -> realmEnabled(realm, true));
    }
}
