package org.familycontext.tenancy.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.configuration.FileInput;
import org.familycontext.tenancy.registry.StoredConfiguration;

/** A council's last valid configuration: the file and logo exactly as accepted. */
@Entity
@Table(schema = "tenancy", name = "council_configuration")
class AcceptedConfiguration {

    @Id
    @Column(name = "council_id")
    private String councilId;

    @Column(name = "version", nullable = false)
    private String version;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_content", nullable = false)
    private byte[] fileContent;

    @Column(name = "logo_name", nullable = false)
    private String logoName;

    @Column(name = "logo_content", nullable = false)
    private byte[] logoContent;

    @Column(name = "accepted_at", nullable = false)
    private OffsetDateTime acceptedAt;

    /** For JPA. */
    protected AcceptedConfiguration() {
    }

    AcceptedConfiguration(Council council, StoredConfiguration source, Instant at) {
        this.councilId = council.id().value();
        replaceWith(council, source, at);
    }

    final void replaceWith(Council council, StoredConfiguration source, Instant at) {
        this.version = council.version();
        this.fileName = source.file().name();
        this.fileContent = source.file().content();
        this.logoName = source.logo().name();
        this.logoContent = source.logo().content();
        this.acceptedAt = at.atOffset(ZoneOffset.UTC);
    }

    String version() {
        return version;
    }

    StoredConfiguration toStored() {
        return new StoredConfiguration(FileInput.of(fileName, fileContent), FileInput.of(logoName, logoContent));
    }
}
