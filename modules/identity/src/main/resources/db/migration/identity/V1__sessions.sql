-- Signed-in sessions and sign-ins in flight. Only SHA-256 fingerprints of the browser's secrets
-- are stored. Council data: row-level security admits only the council set for the transaction.

CREATE TABLE identity.session (
    id_hash             text        PRIMARY KEY,
    council_id          text        NOT NULL CHECK (council_id ~ '^[a-z][a-z0-9-]{1,39}$'),
    subject             text        NOT NULL,
    display_name        text        NOT NULL,
    roles               text        NOT NULL,
    csrf_token          text        NOT NULL,
    id_token            text,
    signed_in_at        timestamptz NOT NULL,
    last_seen_at        timestamptz NOT NULL,
    idle_expires_at     timestamptz NOT NULL,
    absolute_expires_at timestamptz NOT NULL
);
CREATE INDEX session_by_expiry ON identity.session (council_id, idle_expires_at);

CREATE TABLE identity.pending_sign_in (
    state_hash    text        PRIMARY KEY,
    council_id    text        NOT NULL CHECK (council_id ~ '^[a-z][a-z0-9-]{1,39}$'),
    browser_hash  text        NOT NULL,
    nonce         text        NOT NULL,
    code_verifier text        NOT NULL,
    return_to     text        NOT NULL,
    expires_at    timestamptz NOT NULL
);
CREATE INDEX pending_sign_in_by_expiry ON identity.pending_sign_in (council_id, expires_at);

ALTER TABLE identity.session ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.session FORCE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON identity.session
    USING (council_id = current_setting('app.council', true))
    WITH CHECK (council_id = current_setting('app.council', true));

ALTER TABLE identity.pending_sign_in ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.pending_sign_in FORCE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON identity.pending_sign_in
    USING (council_id = current_setting('app.council', true))
    WITH CHECK (council_id = current_setting('app.council', true));

GRANT USAGE ON SCHEMA identity TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON identity.session TO ${appRole};
GRANT SELECT, INSERT, DELETE ON identity.pending_sign_in TO ${appRole};
