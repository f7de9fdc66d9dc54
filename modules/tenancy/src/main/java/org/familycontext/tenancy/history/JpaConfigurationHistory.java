package org.familycontext.tenancy.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.CouncilScope;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.registry.ConfigurationHistory;
import org.familycontext.tenancy.registry.StoredConfiguration;

/**
 * The configuration history in PostgreSQL. Every call runs in the council's own transaction, so
 * row-level security admits only that council's rows; an unchanged configuration is not logged
 * again (as at every restart). Writes are flushed inside the work, so a database error surfaces
 * there and not at commit.
 */
public final class JpaConfigurationHistory implements ConfigurationHistory {

    private final EntityManager entityManager;
    private final CouncilScope councilScope;

    public JpaConfigurationHistory(EntityManager entityManager, CouncilScope councilScope) {
        this.entityManager = entityManager;
        this.councilScope = councilScope;
    }

    @Override
    public Optional<StoredConfiguration> lastValid(CouncilId council) {
        return councilScope.call(council, () -> find(council).map(AcceptedConfiguration::toStored));
    }

    @Override
    public void accepted(Council council, StoredConfiguration source, Instant at) {
        councilScope.run(council.id(), () -> {
            Optional<AcceptedConfiguration> stored = find(council.id());
            if (stored.map(s -> s.version().equals(council.version())).orElse(false)) {
                return;
            }
            stored.ifPresentOrElse(s -> s.replaceWith(council, source, at),
                    () -> entityManager.persist(new AcceptedConfiguration(council, source, at)));
            log(council.id(), at, ConfigurationEvent.Change.ACCEPTED, source.file().name(), council.version(), null);
            entityManager.flush();
        });
    }

    @Override
    public void refused(CouncilId council, String file, List<ConfigurationProblem> problems, Instant at) {
        String details = problems.stream().map(ConfigurationProblem::describe).collect(Collectors.joining("\n"));
        councilScope.run(council, () -> {
            log(council, at, ConfigurationEvent.Change.REFUSED, file, null, details);
            entityManager.flush();
        });
    }

    @Override
    public void removed(CouncilId council, String file, Instant at) {
        councilScope.run(council, () -> {
            find(council).ifPresent(entityManager::remove);
            log(council, at, ConfigurationEvent.Change.REMOVED, file, null, null);
            entityManager.flush();
        });
    }

    private Optional<AcceptedConfiguration> find(CouncilId council) {
        return Optional.ofNullable(entityManager.find(AcceptedConfiguration.class, council.value()));
    }

    private void log(CouncilId council, Instant at, ConfigurationEvent.Change change, String file, String version,
                     String details) {
        entityManager.persist(new ConfigurationEvent(council, at, change, file, version, details));
    }
}
