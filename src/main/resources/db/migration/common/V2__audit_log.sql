-- The append-only, hash-chained audit log (see uk.crs.audit.AuditLog and docs/audit.md), in its own schema so that
-- on PostgreSQL both the schema and the log can belong to a role other than the application's (V4).
CREATE SCHEMA audit;

-- The application only ever INSERTs into audit_log; on PostgreSQL V4 takes away its right to do anything else.
CREATE TABLE audit.audit_log (
    sequence_no    BIGINT PRIMARY KEY,
    recorded_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor          VARCHAR(128) NOT NULL,
    actor_role     VARCHAR(32) NOT NULL,
    force_slug     VARCHAR(64) NOT NULL,
    case_id        VARCHAR(64),
    action         VARCHAR(64) NOT NULL,
    result         VARCHAR(64) NOT NULL,
    payload_digest CHAR(64) NOT NULL,
    previous_hash  CHAR(64) NOT NULL,
    entry_hash     CHAR(64) NOT NULL
);
CREATE INDEX audit_log_by_case ON audit.audit_log (case_id, sequence_no);

-- The chain head: the one row that appends lock (SELECT ... FOR UPDATE) to take the next sequence number in turn.
-- Verification never trusts it for the chain itself; it only uses it to notice entries cut from the end.
CREATE TABLE audit.audit_head (
    id            INT PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT NOT NULL,
    last_hash     CHAR(64) NOT NULL
);
INSERT INTO audit.audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
