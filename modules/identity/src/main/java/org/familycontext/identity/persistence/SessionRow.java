package org.familycontext.identity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.familycontext.identity.session.StoredSession;
import org.familycontext.kernel.CouncilId;

/** A stored session. */
@Entity
@Table(schema = "identity", name = "session")
class SessionRow {

    @Id
    @Column(name = "id_hash")
    private String idHash;

    @Column(name = "council_id", nullable = false, updatable = false)
    private String councilId;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "provider", nullable = false)
    private String provider;

    @Column(name = "role_values", nullable = false)
    private String roleValues;

    @Column(name = "csrf_token", nullable = false)
    private String csrfToken;

    @Column(name = "id_token")
    private String idToken;

    @Column(name = "signed_in_at", nullable = false)
    private OffsetDateTime signedInAt;

    @Column(name = "last_seen_at", nullable = false)
    private OffsetDateTime lastSeenAt;

    @Column(name = "idle_expires_at", nullable = false)
    private OffsetDateTime idleExpiresAt;

    @Column(name = "absolute_expires_at", nullable = false)
    private OffsetDateTime absoluteExpiresAt;

    /** For JPA. */
    protected SessionRow() {
    }

    SessionRow(StoredSession session) {
        this.idHash = session.idHash();
        this.councilId = session.council().value();
        this.subject = session.subject();
        this.displayName = session.displayName();
        this.provider = session.provider();
        this.roleValues = session.roleValues().stream().sorted().collect(Collectors.joining("\n"));
        this.csrfToken = session.csrfToken();
        this.idToken = session.idToken().orElse(null);
        this.signedInAt = utc(session.signedInAt());
        this.lastSeenAt = utc(session.lastSeenAt());
        this.idleExpiresAt = utc(session.idleExpiresAt());
        this.absoluteExpiresAt = utc(session.absoluteExpiresAt());
    }

    void touch(Instant lastSeen, Instant idleExpiry) {
        this.lastSeenAt = utc(lastSeen);
        this.idleExpiresAt = utc(idleExpiry);
    }

    StoredSession toSession() {
        return new StoredSession(idHash, new CouncilId(councilId), subject, displayName, provider,
                Arrays.stream(roleValues.split("\n")).filter(v -> !v.isEmpty()).collect(Collectors.toSet()),
                csrfToken, Optional.ofNullable(idToken), signedInAt.toInstant(), lastSeenAt.toInstant(),
                idleExpiresAt.toInstant(), absoluteExpiresAt.toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
