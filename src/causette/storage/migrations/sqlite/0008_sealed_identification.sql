-- 0008: identification records encrypted at rest (SQLite dialect;
-- postgres/0008_sealed_identification.sql is the same delta).

-- Décret 2021-1362 keeps a year of addresses linked to pseudonyms: a dump or a backup
-- must not show them. The address and port of each record are sealed (AES-256-GCM,
-- storage/vault.py) into `sealed`, under the key named by `key_id`; `ip_index` is the
-- blind index a lookup by address matches (keyed HMAC of the normalised address).
-- Encrypting needs the key, which SQL does not have: the old rows move to
-- `identification_clear`, and the store seals them into the new table in batches
-- at its first start (`migrate`), then drops that table (storage/identification.py).
DROP INDEX identification_at;
DROP INDEX identification_user;
ALTER TABLE identification RENAME TO identification_clear;

CREATE TABLE identification (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind     TEXT NOT NULL,
    ref      TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    key_id   TEXT NOT NULL,
    sealed   BLOB NOT NULL,
    ip_index BLOB NOT NULL,
    at       REAL NOT NULL
);

CREATE INDEX identification_at ON identification (at);
CREATE INDEX identification_user ON identification (user_id, kind);
CREATE INDEX identification_ip ON identification (ip_index);

-- Every key that sealed records, registered by each node at start: a node refuses to
-- start while a key that still has records here is not configured on it (a node with
-- another secret, an old key dropped too soon), rather than answer a lookup by
-- address with records missing.
CREATE TABLE identification_keys (
    key_id     TEXT PRIMARY KEY,
    first_used REAL NOT NULL
);

-- The sealed rows keep their ids; new ones follow the old table's last id.
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'identification', COALESCE(MAX(id), 0) FROM identification_clear;
