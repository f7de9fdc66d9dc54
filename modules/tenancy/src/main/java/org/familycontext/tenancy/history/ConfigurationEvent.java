package org.familycontext.tenancy.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.familycontext.kernel.CouncilId;

/** One entry of a council's configuration log; never changed once written. */
@Entity
@Table(schema = "tenancy", name = "configuration_event")
class ConfigurationEvent {

    /** What happened to the council's configuration. */
    enum Change { ACCEPTED, REFUSED, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "council_id", nullable = false, updatable = false)
    private String councilId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "change", nullable = false, updatable = false)
    private String change;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "version", updatable = false)
    private String version;

    @Column(name = "details", updatable = false)
    private String details;

    /** For JPA. */
    protected ConfigurationEvent() {
    }

    ConfigurationEvent(CouncilId council, Instant at, Change change, String fileName, String version, String details) {
        this.councilId = council.value();
        this.occurredAt = at.atOffset(ZoneOffset.UTC);
        this.change = change.name();
        this.fileName = fileName;
        this.version = version;
        this.details = details;
    }
}
