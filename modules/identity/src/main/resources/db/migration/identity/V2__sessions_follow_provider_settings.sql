-- Sessions keep the role claim's values (roles follow the council's mapping in force) and a
-- fingerprint of the provider settings they were opened under (a change ends them). Sessions from
-- before this change have neither and end at their next use.
ALTER TABLE identity.session RENAME COLUMN roles TO role_values;
ALTER TABLE identity.session ADD COLUMN provider text NOT NULL DEFAULT '';
