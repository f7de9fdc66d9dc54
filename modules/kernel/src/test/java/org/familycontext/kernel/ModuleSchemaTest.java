package org.familycontext.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModuleSchemaTest {

    @Test
    void migrationsLiveUnderTheSchemaName() {
        assertThat(new ModuleSchema("tenancy", "tenancy", 10).migrationLocation())
                .isEqualTo("classpath:db/migration/tenancy");
    }

    @Test
    void refusesSchemaNamesThatCouldInjectSql() {
        assertThatThrownBy(() -> new ModuleSchema("x", "tenancy; drop table", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModuleSchema("x", "Tenancy", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
