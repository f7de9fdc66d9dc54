-- Load runs of councils' source extracts, the records they staged, and the rows they quarantined.
-- A source's data is what its current load (adapters.current_load) staged; a new load becomes current
-- only when it is complete and checked, in one transaction, so readers never see half a load.
-- Council data: row-level security admits only the council set for the transaction.
-- Staged and quarantined rows are written with COPY by the loader role (INSERT only, no SELECT,
-- bypassing row-level security because COPY cannot run under it); the application role then counts
-- them under row-level security before publishing, so a row written for another council can never
-- be published.

CREATE TABLE adapters.load_run (
    id               uuid        PRIMARY KEY,
    council_id       text        NOT NULL CHECK (council_id ~ '^[a-z][a-z0-9-]{1,39}$'),
    source_id        text        NOT NULL,
    dataset          text        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('PEOPLE', 'RELATIONSHIPS')),
    trigger          text        NOT NULL CHECK (trigger IN ('SCHEDULE', 'MANUAL', 'FIRST')),
    slot             timestamptz,
    status           text        NOT NULL CHECK (status IN ('RUNNING', 'PUBLISHED', 'UNCHANGED', 'REFUSED', 'FAILED',
                                                            'SUPERSEDED')),
    started_at       timestamptz NOT NULL,
    heartbeat_at     timestamptz NOT NULL,
    finished_at      timestamptz,
    extract          text,
    input_digest     text,
    current_as_of    date,
    rows_read        integer     NOT NULL DEFAULT 0,
    rows_accepted    integer     NOT NULL DEFAULT 0,
    rows_quarantined integer     NOT NULL DEFAULT 0,
    report           text,
    failure          text
);
-- A scheduled slot loads once, whichever server gets there first; one load of a source at a time.
CREATE UNIQUE INDEX load_run_once_per_slot ON adapters.load_run (council_id, source_id, slot) WHERE slot IS NOT NULL;
CREATE UNIQUE INDEX load_run_one_at_a_time ON adapters.load_run (council_id, source_id) WHERE status = 'RUNNING';
CREATE INDEX load_run_by_source ON adapters.load_run (council_id, source_id, started_at DESC);

CREATE TABLE adapters.current_load (
    council_id   text        NOT NULL,
    source_id    text        NOT NULL,
    load_id      uuid        NOT NULL REFERENCES adapters.load_run (id),
    published_at timestamptz NOT NULL,
    PRIMARY KEY (council_id, source_id)
);

CREATE TABLE adapters.source_record (
    load_id     uuid    NOT NULL,
    council_id  text    NOT NULL,
    source_id   text    NOT NULL,
    row_number  integer NOT NULL,
    record_id   text    NOT NULL,
    person_ref  text    NOT NULL,
    given_name  text,
    family_name text,
    birth_date  date,
    gender      text,
    nhs_number  text,
    upn         text,
    address     text,
    postcode    text,
    uprn        text,
    involvement text    NOT NULL,
    PRIMARY KEY (load_id, row_number)
);

CREATE TABLE adapters.source_relationship (
    load_id           uuid    NOT NULL,
    council_id        text    NOT NULL,
    source_id         text    NOT NULL,
    row_number        integer NOT NULL,
    record_id         text    NOT NULL,
    related_record_id text    NOT NULL,
    relationship      text    NOT NULL,
    PRIMARY KEY (load_id, row_number)
);

CREATE TABLE adapters.quarantined_row (
    load_id    uuid    NOT NULL,
    council_id text    NOT NULL,
    row_number integer NOT NULL,
    field      text,
    reason     text    NOT NULL,
    raw        text,
    PRIMARY KEY (load_id, row_number)
);

CREATE VIEW adapters.current_source_record WITH (security_invoker = true) AS
    SELECT r.* FROM adapters.source_record r
    JOIN adapters.current_load c ON c.load_id = r.load_id AND c.council_id = r.council_id;

CREATE VIEW adapters.current_source_relationship WITH (security_invoker = true) AS
    SELECT r.* FROM adapters.source_relationship r
    JOIN adapters.current_load c ON c.load_id = r.load_id AND c.council_id = r.council_id;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['load_run', 'current_load', 'source_record', 'source_relationship', 'quarantined_row'] LOOP
        EXECUTE format('ALTER TABLE adapters.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE adapters.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY council_isolation ON adapters.%I '
            || 'USING (council_id = current_setting(''app.council'', true)) '
            || 'WITH CHECK (council_id = current_setting(''app.council'', true))', t);
    END LOOP;
END $$;

GRANT USAGE ON SCHEMA adapters TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON adapters.load_run TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON adapters.current_load TO ${appRole};
GRANT SELECT, DELETE ON adapters.source_record, adapters.source_relationship, adapters.quarantined_row TO ${appRole};
GRANT SELECT ON adapters.current_source_record, adapters.current_source_relationship TO ${appRole};

GRANT USAGE ON SCHEMA adapters TO ${loaderRole};
GRANT INSERT ON adapters.source_record, adapters.source_relationship, adapters.quarantined_row TO ${loaderRole};
