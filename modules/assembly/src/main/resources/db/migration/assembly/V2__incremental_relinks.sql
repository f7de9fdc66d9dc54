-- Incremental re-links: what each source person looked like when last linked (a digest of the
-- fields the matcher compares), and the model a full run estimated, which later runs reuse to
-- re-link only the records around those that changed.
ALTER TABLE assembly.person_record ADD COLUMN digest text;
ALTER TABLE assembly.linkage_run
    ADD COLUMN mode  text CHECK (mode IN ('FULL', 'INCREMENTAL')),
    ADD COLUMN model text;
