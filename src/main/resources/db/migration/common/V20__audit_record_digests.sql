-- From this entry on, the audit entry of every accepted case change and account addition carries the digest of the
-- record's resulting state (uk.crs.audit.RowDigest), and crs audit verify checks the tables against it. Records
-- whose last change was logged before it cannot be checked that way; a store created since starts at entry 1.
INSERT INTO store_info (item, content)
SELECT 'audit-records-from', CAST(last_sequence + 1 AS VARCHAR(20)) FROM audit.audit_head;
