-- On PostgreSQL the audit log belongs to a separate role that cannot log in, and the application's role
-- (the one running this migration) keeps only SELECT and INSERT on it: it can no longer UPDATE, DELETE or
-- TRUNCATE audit rows, nor ALTER or DROP the table. The role running migrations needs CREATEROLE (or is a
-- superuser, as in development). See docs/audit.md for the set-up and what it does not protect against.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crs_audit_owner') THEN
        CREATE ROLE crs_audit_owner NOLOGIN;
    END IF;
END
$$;

-- Handing a table to another role needs membership of that role; it is taken here and given back below.
GRANT crs_audit_owner TO CURRENT_USER;
ALTER TABLE audit_log OWNER TO crs_audit_owner;
REVOKE ALL ON audit_log FROM PUBLIC;
GRANT SELECT, INSERT ON audit_log TO CURRENT_USER;
REVOKE crs_audit_owner FROM CURRENT_USER;
