package org.familycontext.app.health;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.familycontext.app.wiring.ApplicationDatabase;

/** Ready when the application's role can reach the database. */
@Readiness
@Dependent
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    private final DataSource database;

    @Inject
    public DatabaseReadinessCheck(@ApplicationDatabase DataSource database) {
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(TIMEOUT_SECONDS)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()
                    + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")")).build();
        }
    }
}
