package org.familycontext.tenancy.runtime;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.TenantConfigurationStatus;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Ready when tenant configuration has been read and at least one council is in service. Every
 * refused file is listed with its first problem (refused files do not make the server unready:
 * the other councils, and the refused council's last valid configuration, are still served).
 */
@Readiness
@Dependent
public class TenantConfigurationReadinessCheck implements HealthCheck {

    private final TenantRegistry registry;

    @Inject
    public TenantConfigurationReadinessCheck(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        TenantConfigurationStatus status = registry.status();
        boolean directoryReadable = status.refusedFiles().stream().noneMatch(f -> f.file().equals(status.directory()));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("tenant-configuration")
                .status(status.loaded() && directoryReadable && !status.councils().isEmpty())
                .withData("councils", String.join(", ", status.councils().stream().map(CouncilId::value).toList()))
                .withData("refusedFiles", status.refusedFiles().size());
        for (TenantConfigurationStatus.RefusedFile refused : status.refusedFiles()) {
            response.withData("refused " + refused.file(), summary(refused));
        }
        return response.build();
    }

    private static String summary(TenantConfigurationStatus.RefusedFile refused) {
        ConfigurationProblem first = refused.problems().get(0);
        String more = refused.problems().size() > 1 ? " (+" + (refused.problems().size() - 1) + " more)" : "";
        String inForce = refused.previousInForce().map(v -> "; version " + v + " stays in force").orElse("; not in service");
        return first.describe() + more + inForce;
    }
}
