package org.familycontext.tenancy.runtime;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Live while tenant configuration keeps being rescanned. If the scans have stopped (a stuck
 * thread), configuration changes would silently stop applying: a restart is the cure.
 */
@Liveness
@Dependent
public class TenantConfigurationLivenessCheck implements HealthCheck {

    private final TenantRegistry registry;
    private final Clock clock;
    private final Duration allowedSilence;

    @Inject
    public TenantConfigurationLivenessCheck(TenantRegistry registry, Clock clock,
                                            @ConfigProperty(name = "fc.tenant-config.scan-seconds", defaultValue = "2")
                                            int scanSeconds) {
        this.registry = registry;
        this.clock = clock;
        this.allowedSilence = Duration.ofSeconds(Math.max(60, 20L * scanSeconds));
    }

    @Override
    public HealthCheckResponse call() {
        var status = registry.status();
        boolean scanning = status.checkedAt().map(at -> at.plus(allowedSilence).isAfter(clock.instant())).orElse(true);
        return HealthCheckResponse.named("tenant-configuration-scans").status(scanning)
                .withData("lastScan", status.checkedAt().map(Instant::toString).orElse("not yet"))
                .build();
    }
}
