-- The case store's secret for the cell key method of disclosure control (uk.crs.disclosure): each case's record key
-- is an HMAC-SHA256 of its id under this secret, so nobody without it can tell how a published count was perturbed.
-- One row, made once from PostgreSQL's strong random source (gen_random_uuid, 244 random bits for two); never
-- exported, logged or shown.
CREATE TABLE disclosure_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret BYTEA NOT NULL CHECK (octet_length(secret) >= 16)
);

INSERT INTO disclosure_secret (id, secret)
VALUES (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
