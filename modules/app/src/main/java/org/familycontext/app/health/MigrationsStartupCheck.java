package org.familycontext.app.health;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.familycontext.app.persistence.SchemaMigrations;

/** Started once the first migration run has finished (whatever its outcome: readiness says that). */
@Startup
@Dependent
public class MigrationsStartupCheck implements HealthCheck {

    private final SchemaMigrations migrations;

    @Inject
    public MigrationsStartupCheck(SchemaMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("migrations-attempted").status(migrations.status().attempted()).build();
    }
}
