-- Rejected rows of one file of a batch with their line numbers, from an ordered re-read of just that file.
INSERT INTO reject
SELECT ${sha}, ${name}, r.line, v.reason, v.value
FROM (SELECT row_number() OVER () + 1 AS line, month, reported_by, last_outcome FROM read_csv(${file}, ${csv})) r
JOIN verdict v
    ON coalesce(r.month, '') = v.raw_month AND coalesce(r.reported_by, '') = v.reported_by
   AND coalesce(r.last_outcome, '') = v.last_outcome
WHERE v.reason IS NOT NULL;
