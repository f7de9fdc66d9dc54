-- A row's service involvement in typed columns rather than one JSON text: dates are dates, and family
-- assembly can ask for a type, a practitioner or a flag directly. Cheaper to stage as well.
DROP VIEW adapters.current_source_record;

ALTER TABLE adapters.source_record
    DROP COLUMN involvement,
    ADD COLUMN involvement_type          text,
    ADD COLUMN involvement_start         date,
    ADD COLUMN involvement_end           date,
    ADD COLUMN last_contact              date,
    ADD COLUMN organisation              text,
    ADD COLUMN team                      text,
    ADD COLUMN practitioner_name         text,
    ADD COLUMN practitioner_role         text,
    ADD COLUMN practitioner_phone        text,
    ADD COLUMN practitioner_email        text,
    ADD COLUMN asb                       text,
    ADD COLUMN eviction                  text,
    ADD COLUMN notice_seeking_possession text,
    ADD COLUMN rent_arrears              text,
    ADD COLUMN offence_date              date,
    ADD COLUMN offence_type              text,
    ADD COLUMN offence_role              text,
    ADD COLUMN safeguarding              text;

CREATE VIEW adapters.current_source_record WITH (security_invoker = true) AS
    SELECT r.* FROM adapters.source_record r
    JOIN adapters.current_load c ON c.load_id = r.load_id AND c.council_id = r.council_id;

GRANT SELECT ON adapters.current_source_record TO ${appRole};
