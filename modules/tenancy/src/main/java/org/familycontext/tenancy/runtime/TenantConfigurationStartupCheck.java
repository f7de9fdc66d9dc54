package org.familycontext.tenancy.runtime;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.familycontext.tenancy.TenantRegistry;

/** Started once tenant configuration has been read for the first time. */
@Startup
@Dependent
public class TenantConfigurationStartupCheck implements HealthCheck {

    private final TenantRegistry registry;

    @Inject
    public TenantConfigurationStartupCheck(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("tenant-configuration-loaded").status(registry.status().loaded()).build();
    }
}
