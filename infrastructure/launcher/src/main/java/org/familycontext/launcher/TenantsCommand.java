package org.familycontext.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.TenantConfigurationCheck;
import org.familycontext.tenancy.TenantConfigurationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./fc tenants ...}: the regional lead's tools for tenant configuration. */
@Command(name = "tenants", description = "Work with tenant configuration (one YAML file per council).",
        subcommands = {TenantsCommand.Validate.class, ProvisionRealmCommand.class})
final class TenantsCommand {

    /** {@code ./fc tenants validate [dir]}: the server's own checks, offline; exit 1 when any file is refused. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check tenant configuration files as the server would; exits 1 if any file is refused.")
    static final class Validate implements Callable<Integer> {

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "the directory to check (default: tenant-config/)")
        private Path directory;

        @Override
        public Integer call() {
            Logger.getLogger("org.familycontext.tenancy").setLevel(Level.OFF);
            Path dir = directory != null ? directory : Path.of("tenant-config");
            TenantConfigurationStatus status = TenantConfigurationCheck.check(dir.toAbsolutePath(), Clock.systemUTC());
            for (TenantConfigurationStatus.RefusedFile refused : status.refusedFiles()) {
                refused.problems().stream().map(ConfigurationProblem::describe).forEach(System.out::println);
            }
            String councils = String.join(", ", status.councils().stream().map(CouncilId::value).toList());
            System.out.printf("%s: %d council(s) valid%s; %d file(s) refused.%n", dir, status.councils().size(),
                    councils.isEmpty() ? "" : " (" + councils + ")", status.refusedFiles().size());
            return status.refusedFiles().isEmpty() && !status.councils().isEmpty() ? 0 : 1;
        }
    }
}
