-- People assembled from a council's source records: which source records are one person (with the
-- links that say why, and possible matches that were not merged), where people lived (for
-- households) and the relationships case systems record between them. Rebuilt by each linkage run
-- in one transaction; person ids carry over from the previous run where the person is the same.
-- Council data: row-level security admits only the council set for the transaction.

CREATE TABLE assembly.linkage_run (
    id           uuid        PRIMARY KEY,
    council_id   text        NOT NULL CHECK (council_id ~ '^[a-z][a-z0-9-]{1,39}$'),
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    records      integer     NOT NULL DEFAULT 0,
    comparisons  bigint      NOT NULL DEFAULT 0,
    links        integer     NOT NULL DEFAULT 0,
    possible     integer     NOT NULL DEFAULT 0,
    people       integer     NOT NULL DEFAULT 0,
    kept_ids     integer     NOT NULL DEFAULT 0,
    failure      text
);
CREATE INDEX linkage_run_by_council ON assembly.linkage_run (council_id, started_at DESC);

CREATE TABLE assembly.person (
    council_id  text    NOT NULL,
    person_id   uuid    NOT NULL,
    given_name  text,
    family_name text,
    birth_date  date,
    records     integer NOT NULL,
    PRIMARY KEY (council_id, person_id)
);
CREATE INDEX person_by_family_name ON assembly.person (council_id, lower(family_name));

-- A person as one source knows them (source id and the source's person reference) belongs to one person.
CREATE TABLE assembly.person_record (
    council_id text NOT NULL,
    source_id  text NOT NULL,
    person_ref text NOT NULL,
    person_id  uuid NOT NULL,
    PRIMARY KEY (council_id, source_id, person_ref)
);
CREATE INDEX person_record_by_person ON assembly.person_record (council_id, person_id);

-- Why records are one person (decision LINK), or may be (POSSIBLE, never merged): each compared
-- field's level and weight, as JSON.
CREATE TABLE assembly.record_link (
    council_id  text             NOT NULL,
    source_a    text             NOT NULL,
    ref_a       text             NOT NULL,
    source_b    text             NOT NULL,
    ref_b       text             NOT NULL,
    probability double precision NOT NULL,
    weight      double precision NOT NULL,
    decision    text             NOT NULL CHECK (decision IN ('LINK', 'POSSIBLE')),
    explanation text             NOT NULL
);
CREATE INDEX record_link_a ON assembly.record_link (council_id, source_a, ref_a);
CREATE INDEX record_link_b ON assembly.record_link (council_id, source_b, ref_b);

-- Where a person lived according to a source: by UPRN, and by postcode and address as written.
CREATE TABLE assembly.person_address (
    council_id  text NOT NULL,
    person_id   uuid NOT NULL,
    source_id   text NOT NULL,
    uprn        text,
    address_key text,
    address     text,
    since       date,
    until       date,
    as_of       date
);
CREATE INDEX person_address_by_person ON assembly.person_address (council_id, person_id);
CREATE INDEX person_address_by_uprn ON assembly.person_address (council_id, uprn) WHERE uprn IS NOT NULL;
CREATE INDEX person_address_by_key ON assembly.person_address (council_id, address_key) WHERE address_key IS NOT NULL;

-- Relationships a case system records, between people.
CREATE TABLE assembly.person_relationship (
    council_id        text NOT NULL,
    person_id         uuid NOT NULL,
    related_person_id uuid NOT NULL,
    relationship      text NOT NULL,
    source_id         text NOT NULL
);
CREATE INDEX person_relationship_by_person ON assembly.person_relationship (council_id, person_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['linkage_run', 'person', 'person_record', 'record_link', 'person_address',
                             'person_relationship'] LOOP
        EXECUTE format('ALTER TABLE assembly.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE assembly.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY council_isolation ON assembly.%I '
            || 'USING (council_id = current_setting(''app.council'', true)) '
            || 'WITH CHECK (council_id = current_setting(''app.council'', true))', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON assembly.%I TO ${appRole}', t);
    END LOOP;
END $$;

GRANT USAGE ON SCHEMA assembly TO ${appRole};
