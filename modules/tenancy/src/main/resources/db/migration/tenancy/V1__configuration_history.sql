-- Each council's last valid configuration and the log of its configuration changes.
-- Council data: row-level security admits only the council set for the transaction
-- (set_config('app.council', ...)); with no council set, no rows.

CREATE TABLE tenancy.council_configuration (
    council_id   text        PRIMARY KEY CHECK (council_id ~ '^[a-z][a-z0-9-]{1,39}$'),
    version      text        NOT NULL,
    file_name    text        NOT NULL,
    file_content bytea       NOT NULL,
    logo_name    text        NOT NULL,
    logo_content bytea       NOT NULL,
    accepted_at  timestamptz NOT NULL
);

CREATE TABLE tenancy.configuration_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id  text        NOT NULL CHECK (council_id ~ '^[a-z][a-z0-9-]{1,39}$'),
    occurred_at timestamptz NOT NULL,
    change      text        NOT NULL CHECK (change IN ('ACCEPTED', 'REFUSED', 'REMOVED')),
    file_name   text        NOT NULL,
    version     text,
    details     text
);
CREATE INDEX configuration_event_by_council ON tenancy.configuration_event (council_id, occurred_at);

ALTER TABLE tenancy.council_configuration ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy.council_configuration FORCE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON tenancy.council_configuration
    USING (council_id = current_setting('app.council', true))
    WITH CHECK (council_id = current_setting('app.council', true));

ALTER TABLE tenancy.configuration_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy.configuration_event FORCE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON tenancy.configuration_event
    USING (council_id = current_setting('app.council', true))
    WITH CHECK (council_id = current_setting('app.council', true));

-- The application's role reads and writes; the log is append-only for it.
GRANT USAGE ON SCHEMA tenancy TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON tenancy.council_configuration TO ${appRole};
GRANT SELECT, INSERT ON tenancy.configuration_event TO ${appRole};
GRANT USAGE ON SEQUENCE tenancy.configuration_event_id_seq TO ${appRole};
