-- On PostgreSQL the audit schema and log belong to a role that cannot log in (the Flyway placeholder auditOwner:
-- crs_audit_owner unless configured), and the application's role (the one running this migration) keeps only
-- SELECT and INSERT on the log: it can no longer UPDATE, DELETE or TRUNCATE audit rows, nor ALTER or DROP the table. It keeps the chain head (audit.audit_head), which it must update.
-- The role running migrations needs CREATEROLE (or is a superuser, as in development); see docs/audit.md.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${auditOwner}') THEN
        CREATE ROLE ${auditOwner} NOLOGIN;
    END IF;
    -- A schema's new owner must be able to create in the database.
    EXECUTE format('GRANT CREATE ON DATABASE %I TO ${auditOwner}', current_database());
END
$$;

-- Handing objects to another role needs membership of it: taken here and given back at the end.
GRANT ${auditOwner} TO CURRENT_USER;
ALTER SCHEMA audit OWNER TO ${auditOwner};
ALTER TABLE audit.audit_log OWNER TO ${auditOwner};
REVOKE ALL ON audit.audit_log FROM PUBLIC;
GRANT USAGE ON SCHEMA audit TO CURRENT_USER;
GRANT SELECT, INSERT ON audit.audit_log TO CURRENT_USER;
REVOKE ${auditOwner} FROM CURRENT_USER;
