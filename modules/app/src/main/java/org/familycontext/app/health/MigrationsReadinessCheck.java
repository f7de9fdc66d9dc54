package org.familycontext.app.health;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.familycontext.app.persistence.MigrationStatus;
import org.familycontext.app.persistence.SchemaMigrations;

/** Ready when every module's schema migrations are applied. */
@Readiness
@Dependent
public class MigrationsReadinessCheck implements HealthCheck {

    private final SchemaMigrations migrations;

    @Inject
    public MigrationsReadinessCheck(SchemaMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public HealthCheckResponse call() {
        MigrationStatus status = migrations.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("migrations").status(status.applied())
                .withData("schemas", String.join(", ", status.schemas()));
        status.failure().ifPresent(f -> response.withData("failure", f));
        return response.build();
    }
}
