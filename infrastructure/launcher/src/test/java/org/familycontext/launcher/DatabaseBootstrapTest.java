package org.familycontext.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseBootstrapTest {

    @ParameterizedTest
    @ValueSource(strings = {"fc test", "fc;drop", "FC", "1fc", ""})
    void refusesNamesThatAreNotPlainIdentifiers(String name) {
        DatabaseSettings settings = new DatabaseSettings(name, "fc_owner", "x", "fc_app", "y", "fc_loader", "z");

        assertThatThrownBy(() -> new DatabaseBootstrap(settings)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handsTheServerTheApplicationRoleAndTheOwnerSeparately() {
        DatabaseSettings settings = DatabaseSettings.local("fc_test");
        PostgresServer server = new PostgresServer("127.0.0.1", 5432, "postgres", "", "test");

        Map<String, String> env = settings.environment(server);

        assertThat(env).containsEntry("FC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/fc_test")
                .containsEntry("FC_DB_USER", "fc_app").containsEntry("FC_DB_OWNER_USER", "fc_owner")
                .containsEntry("FC_DB_APP_ROLE", "fc_app").containsEntry("FC_DB_LOADER_USER", "fc_loader")
                .containsEntry("FC_DB_LOADER_ROLE", "fc_loader");
        assertThat(env.get("FC_DB_PASSWORD")).hasSize(36).isNotEqualTo(env.get("FC_DB_OWNER_PASSWORD"))
                .isNotEqualTo(env.get("FC_DB_LOADER_PASSWORD"));
        assertThat(DatabaseSettings.local("fc_test").appPassword()).isNotEqualTo(settings.appPassword());
    }
}
