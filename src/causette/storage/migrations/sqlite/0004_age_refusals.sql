-- 0004: the under-15 refusal memory (issue 5), shared by every node and kept across
-- restarts (SQLite dialect; postgres/0004_age_refusals.sql is the same delta).

-- One row per keyed hash (HMAC-SHA256 with the operator's secret) of a device id or of
-- an address: neither is kept in clear. A row bars new entries until `expires_at`
-- (24 h after the refusal); the janitor deletes rows past it.
CREATE TABLE age_refusals (
    key_hash   TEXT PRIMARY KEY,
    expires_at REAL NOT NULL
);

CREATE INDEX age_refusals_expires_at ON age_refusals (expires_at);
