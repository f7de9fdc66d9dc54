-- Staged rows are written once, in row order, a load at a time, and read or removed a load at a time.
-- A per-row primary key cost a third of the staging time and is not needed: row numbers are unique
-- within a load by construction. A BRIN index finds a load's rows (they lie together) at a tiny cost.
ALTER TABLE adapters.source_record DROP CONSTRAINT source_record_pkey;
ALTER TABLE adapters.source_relationship DROP CONSTRAINT source_relationship_pkey;
CREATE INDEX source_record_by_load ON adapters.source_record USING brin (load_id);
CREATE INDEX source_relationship_by_load ON adapters.source_relationship USING brin (load_id);
