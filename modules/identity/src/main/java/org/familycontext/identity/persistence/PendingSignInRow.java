package org.familycontext.identity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.familycontext.identity.session.PendingSignIn;
import org.familycontext.kernel.CouncilId;

/** A stored sign-in in flight. */
@Entity
@Table(schema = "identity", name = "pending_sign_in")
class PendingSignInRow {

    @Id
    @Column(name = "state_hash")
    private String stateHash;

    @Column(name = "council_id", nullable = false)
    private String councilId;

    @Column(name = "browser_hash", nullable = false)
    private String browserHash;

    @Column(name = "nonce", nullable = false)
    private String nonce;

    @Column(name = "code_verifier", nullable = false)
    private String codeVerifier;

    @Column(name = "return_to", nullable = false)
    private String returnTo;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    /** For JPA. */
    protected PendingSignInRow() {
    }

    PendingSignInRow(PendingSignIn pending) {
        this.stateHash = pending.stateHash();
        this.councilId = pending.council().value();
        this.browserHash = pending.browserHash();
        this.nonce = pending.nonce();
        this.codeVerifier = pending.codeVerifier();
        this.returnTo = pending.returnTo();
        this.expiresAt = SessionRow.utc(pending.expiresAt());
    }

    PendingSignIn toPending() {
        return new PendingSignIn(stateHash, new CouncilId(councilId), browserHash, nonce, codeVerifier, returnTo,
                expiresAt.toInstant());
    }
}
